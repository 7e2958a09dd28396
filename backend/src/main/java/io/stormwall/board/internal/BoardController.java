package io.stormwall.board.internal;

import io.stormwall.board.CreatedBoard;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
class BoardController {

    private final BoardService boards;

    BoardController(BoardService boards) {
        this.boards = boards;
    }

    @PostMapping("/api/boards")
    ResponseEntity<CreatedBoard> create(@RequestBody CreateBoardRequest request) {
        String origin = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        CreatedBoard board = boards.create(request.title(), request.format(), origin);
        return ResponseEntity.created(URI.create("/api/boards/" + board.id())).body(board);
    }
}
