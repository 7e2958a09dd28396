package io.stormwall.format.internal;

import io.stormwall.format.FormatCatalog;
import io.stormwall.format.SessionFormat;
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
