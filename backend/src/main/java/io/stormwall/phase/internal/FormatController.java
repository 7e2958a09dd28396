package io.stormwall.phase.internal;

import io.stormwall.phase.FormatCatalog;
import io.stormwall.phase.SessionFormat;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FormatController {

    private final FormatCatalog catalog;

    FormatController(FormatCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/formats")
    List<SessionFormat> formats() {
        return catalog.all();
    }
}
