package io.stormwall.wall.internal;

import static io.stormwall.wall.FacilitatorControls.actor;
import static io.stormwall.wall.FacilitatorControls.checkBody;
import static io.stormwall.wall.FacilitatorControls.oneOff;
import static io.stormwall.wall.FacilitatorControls.origin;

import io.stormwall.board.Access;
import io.stormwall.board.BoardAccess;
import io.stormwall.format.PhaseRef;
import io.stormwall.wall.EditOutcome;
import io.stormwall.wall.Facilitation;
import io.stormwall.wall.FacilitatorControls;
import io.stormwall.wall.FacilitatorControls.Switched;
import io.stormwall.wall.PhaseChange;
import io.stormwall.wall.TimerAction;
import io.stormwall.wall.WallTimer;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The facilitator's controls over REST; the live protocol has the same messages. Each body is held to its definition
 * in docs/protocol/protocol.schema.json: the message without its type and clientOpId ({@code phaseControl}, …).
 */
@RestController
class FacilitationController {

    private final Facilitation facilitation;
    private final BoardAccess access;

    FacilitationController(Facilitation facilitation, BoardAccess access) {
        this.facilitation = facilitation;
        this.access = access;
    }

    @PostMapping("/api/boards/{id}/phase")
    PhaseRef phase(@PathVariable String id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody JsonNode body) {
        Access granted = steering(id, authorization);
        checkBody(body, "phaseControl");
        return facilitation.changePhase(granted, origin(granted), oneOff(), PhaseChange.parse(body), actor(granted)).phase();
    }

    @PostMapping("/api/boards/{id}/gating")
    Switched gating(@PathVariable String id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody JsonNode body) {
        Access granted = steering(id, authorization);
        checkBody(body, "gatingControl");
        return Switched.of(facilitation.liftGating(granted, origin(granted), oneOff(), body.get("lifted").booleanValue(), actor(granted)));
    }

    @PostMapping("/api/boards/{id}/freeze")
    Switched freeze(@PathVariable String id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody JsonNode body) {
        Access granted = steering(id, authorization);
        checkBody(body, "freezeControl");
        return Switched.of(facilitation.freeze(granted, origin(granted), oneOff(), body.get("frozen").booleanValue(), actor(granted)));
    }

    @PostMapping("/api/boards/{id}/silent")
    Switched silent(@PathVariable String id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody JsonNode body) {
        Access granted = steering(id, authorization);
        checkBody(body, "silentControl");
        return Switched.of(facilitation.silent(granted, origin(granted), oneOff(), body.get("on").booleanValue(), actor(granted)));
    }

    record TimerRun(long seq, boolean duplicate, WallTimer timer) {}

    @PostMapping("/api/boards/{id}/timer")
    TimerRun timer(@PathVariable String id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody JsonNode body) {
        Access granted = steering(id, authorization);
        checkBody(body, "timerControl");
        Facilitation.TimerSet set = facilitation.runTimer(granted, origin(granted), oneOff(), TimerAction.parse(body), actor(granted));
        return new TimerRun(set.outcome().seq(), set.outcome() instanceof EditOutcome.Duplicate, set.timer());
    }

    @PostMapping("/api/boards/{id}/summon")
    Switched summon(@PathVariable String id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody JsonNode body) {
        Access granted = steering(id, authorization);
        checkBody(body, "summonControl");
        return Switched.of(facilitation.summon(granted, origin(granted), oneOff(), body.get("viewport"), actor(granted)));
    }

    private Access steering(String id, String authorization) {
        return FacilitatorControls.steering(access, id, authorization);
    }
}
