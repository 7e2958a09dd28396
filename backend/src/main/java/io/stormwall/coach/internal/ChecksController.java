package io.stormwall.coach.internal;

import io.stormwall.board.Access;
import io.stormwall.board.BoardAccess;
import io.stormwall.board.BoardId;
import io.stormwall.coach.Checks;
import io.stormwall.coach.Coach;
import io.stormwall.wall.EditOutcome;
import io.stormwall.wall.Origin;
import io.stormwall.web.ApiException;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The coach over REST: what it says about a wall, and the facilitator's switch and acceptances. */
@RestController
class ChecksController {

    private final Coach coach;
    private final BoardAccess access;

    ChecksController(Coach coach, BoardAccess access) {
        this.coach = coach;
        this.access = access;
    }

    record Switched(long seq, boolean duplicate) {}

    @GetMapping("/api/boards/{id}/checks")
    Checks checks(@PathVariable String id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        return coach.checks(access.require(BoardId.parse(id), authorization).boardId());
    }

    @PostMapping("/api/boards/{id}/coach")
    Switched coach(@PathVariable String id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody JsonNode body) {
        Access granted = steering(id, authorization);
        fields(body, "enabled");
        return switched(coach.switchCoach(granted, Origin.rest(granted.role()), oneOff(), flag(body, "enabled"), actor(granted)));
    }

    @PostMapping("/api/boards/{id}/checks/accepted")
    Switched accept(@PathVariable String id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody JsonNode body) {
        Access granted = steering(id, authorization);
        fields(body, "key", "accepted");
        JsonNode key = body.get("key");
        if (key == null || !key.isString()) {
            throw ApiException.invalid("key", "'key' must be a finding's key, a string.");
        }
        return switched(coach.accept(granted, Origin.rest(granted.role()), oneOff(), key.stringValue(), flag(body, "accepted"), actor(granted)));
    }

    /** Refuses non-facilitators before looking at the body, so they learn nothing from its validation. */
    private Access steering(String id, String authorization) {
        Access granted = access.require(BoardId.parse(id), authorization);
        granted.requireSteer();
        return granted;
    }

    private static void fields(JsonNode body, String... allowed) {
        if (body == null || !body.isObject()) {
            throw ApiException.invalid("$", "Expected a JSON object with " + String.join(" and ", allowed) + ".");
        }
        for (String field : body.propertyNames()) {
            if (!Set.of(allowed).contains(field)) {
                throw ApiException.invalid(field, "Unknown field '" + field + "'.");
            }
        }
    }

    private static boolean flag(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isBoolean()) {
            throw ApiException.invalid(field, "'" + field + "' must be true or false.");
        }
        return value.booleanValue();
    }

    private static Switched switched(EditOutcome outcome) {
        return new Switched(outcome.seq(), outcome instanceof EditOutcome.Duplicate);
    }

    private static String oneOff() {
        return "steer:" + UUID.randomUUID();
    }

    private static String actor(Access granted) {
        return granted.role().id() + " (API)";
    }
}
