package io.stormwall.wall.internal;

import static io.stormwall.wall.FacilitatorControls.actor;
import static io.stormwall.wall.FacilitatorControls.oneOff;
import static io.stormwall.wall.FacilitatorControls.origin;

import io.stormwall.board.Access;
import io.stormwall.board.BoardAccess;
import io.stormwall.board.BoardId;
import io.stormwall.wall.FacilitatorControls;
import io.stormwall.wall.FacilitatorControls.Switched;
import io.stormwall.wall.PersonId;
import io.stormwall.wall.Voting;
import io.stormwall.wall.VotingAction;
import io.stormwall.wall.VotingRound;
import io.stormwall.wall.WallErrors;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Dot voting over REST; the live protocol has the same acts (voting, vote, unvote). A REST caller votes as its role. */
@RestController
class VotingController {

    private final Voting voting;
    private final BoardAccess access;

    VotingController(Voting voting, BoardAccess access) {
        this.voting = voting;
        this.access = access;
    }

    @PostMapping("/api/boards/{id}/voting")
    Switched steer(@PathVariable String id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody JsonNode body) {
        Access granted = FacilitatorControls.steering(access, id, authorization);
        FacilitatorControls.checkBody(body, "votingControl");
        return Switched.of(voting.steer(granted, origin(granted), oneOff(), VotingAction.parse(body), actor(granted)));
    }

    @PostMapping("/api/boards/{id}/votes")
    Switched vote(@PathVariable String id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody JsonNode body) {
        Access granted = editing(id, authorization);
        FacilitatorControls.checkBody(body, "voteControl");
        UUID element = UUID.fromString(body.get("element").asString());
        return Switched.of(voting.vote(granted, origin(granted), PersonId.rest(granted.role()), oneOff(), element, true,
                actor(granted)));
    }

    @DeleteMapping("/api/boards/{id}/votes/{element}")
    Switched unvote(@PathVariable String id, @PathVariable String element,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        Access granted = editing(id, authorization);
        return Switched.of(voting.vote(granted, origin(granted), PersonId.rest(granted.role()), oneOff(), elementId(element),
                false, actor(granted)));
    }

    @GetMapping("/api/boards/{id}/votes")
    VotingRound votes(@PathVariable String id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        Access granted = access.require(BoardId.parse(id), authorization);
        return voting.revealed(granted.boardId());
    }

    /** Refuses observers before looking at the body, so they learn nothing from its validation. */
    private Access editing(String id, String authorization) {
        Access granted = access.require(BoardId.parse(id), authorization);
        granted.requireEdit();
        return granted;
    }

    private static UUID elementId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw WallErrors.invalid("element", "'" + text + "' is not an element id.");
        }
    }
}
