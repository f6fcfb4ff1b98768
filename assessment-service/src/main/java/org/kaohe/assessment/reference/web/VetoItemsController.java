package org.kaohe.assessment.reference.web;

import java.util.List;
import org.kaohe.platform.reference.VetoItem;
import org.kaohe.platform.reference.VetoItems;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The one-vote veto items: who may propose each, and whose opinion decides it. */
@RestController
class VetoItemsController {
  private final VetoItems items;

  VetoItemsController(VetoItems items) {
    this.items = items;
  }

  @GetMapping("/api/assessment/reference/veto-items")
  List<VetoItem> vetoItems() {
    return items.all();
  }
}
