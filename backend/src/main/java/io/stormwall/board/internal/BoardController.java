package io.stormwall.board.internal;

import io.stormwall.board.BoardCreationGuard;
import io.stormwall.board.CreatedBoard;
import io.stormwall.board.RotatedLink;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Creating boards and managing their capability links. */
@RestController
class BoardController {

    private final BoardService boards;
    private final BoardCreationGuard guard;

    BoardController(BoardService boards, BoardCreationGuard guard) {
        this.boards = boards;
        this.guard = guard;
    }

    @PostMapping("/api/boards")
    ResponseEntity<CreatedBoard> create(@RequestBody CreateBoardRequest request,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        guard.check(authorization);
        CreatedBoard board = boards.create(request.title(), request.format(), origin());
        return ResponseEntity.created(URI.create("/api/boards/" + board.id())).body(board);
    }

    @PostMapping("/api/boards/{id}/links/{role}/rotate")
    RotatedLink rotate(@PathVariable String id, @PathVariable String role,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        return boards.rotate(id, role, authorization, origin());
    }

    private static String origin() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
