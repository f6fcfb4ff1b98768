package org.kaohe.platform.web.sample;

import java.util.List;

public record RecordedSample(
    String unitCode, int score, String principal, String agency, List<String> roles) {}
