package org.kaohe.assessment.round.query;

import org.kaohe.assessment.round.domain.InputKind;

/**
 * One input a unit's round needs: a score ({@code indicatorCode}, for the unit or a cadre, for the
 * year or a period), a political-quality rating or a democratic evaluation of a subject; and the
 * agency responsible for it.
 */
public record ExpectedInput(
    InputKind kind, String indicatorCode, String cadreCode, String period, String agency) {}
