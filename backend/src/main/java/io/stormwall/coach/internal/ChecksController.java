package io.stormwall.coach.internal;

import static io.stormwall.wall.FacilitatorControls.actor;
import static io.stormwall.wall.FacilitatorControls.checkBody;
import static io.stormwall.wall.FacilitatorControls.oneOff;
import static io.stormwall.wall.FacilitatorControls.origin;

import io.stormwall.board.Access;
import io.stormwall.board.BoardAccess;
import io.stormwall.board.BoardId;
import io.stormwall.coach.Checks;
import io.stormwall.coach.Coach;
import io.stormwall.wall.FacilitatorControls;
import io.stormwall.wall.FacilitatorControls.Switched;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The coach over REST: what it says about a wall, and the facilitator's switch and acceptances, whose bodies are
 * the schema's {@code coachControl} and {@code acceptControl}.
 */
@RestController
class ChecksController {

    private final Coach coach;
    private final BoardAccess access;

    ChecksController(Coach coach, BoardAccess access) {
        this.coach = coach;
        this.access = access;
    }

    @GetMapping("/api/boards/{id}/checks")
    Checks checks(@PathVariable String id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        return coach.checks(access.require(BoardId.parse(id), authorization).boardId());
    }

    @PostMapping("/api/boards/{id}/coach")
    Switched coach(@PathVariable String id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody JsonNode body) {
        Access granted = FacilitatorControls.steering(access, id, authorization);
        checkBody(body, "coachControl");
        return Switched.of(coach.switchCoach(granted, origin(granted), oneOff(), body.get("enabled").booleanValue(), actor(granted)));
    }

    @PostMapping("/api/boards/{id}/checks/accepted")
    Switched accept(@PathVariable String id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody JsonNode body) {
        Access granted = FacilitatorControls.steering(access, id, authorization);
        checkBody(body, "acceptControl");
        return Switched.of(coach.accept(granted, origin(granted), oneOff(), body.get("key").stringValue(),
                body.get("accepted").booleanValue(), actor(granted)));
    }
}
