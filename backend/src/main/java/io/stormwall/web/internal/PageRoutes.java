package io.stormwall.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The browser app routes board pages itself; the server hands it the same page for every board URL. */
@Controller
class PageRoutes {

    @GetMapping({"/b/{boardId}", "/b/{boardId}/"})
    String board() {
        return "forward:/index.html";
    }
}
