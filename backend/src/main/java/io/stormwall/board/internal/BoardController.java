package io.stormwall.board.internal;

import io.stormwall.board.BoardId;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/boards")
class BoardController {

    private final BoardService boards;

    BoardController(BoardService boards) {
        this.boards = boards;
    }

    @PostMapping
    ResponseEntity<BoardView> create(@RequestBody CreateBoardRequest request) {
        BoardView board = boards.create(request);
        return ResponseEntity.created(URI.create("/api/boards/" + board.id())).body(board);
    }

    @GetMapping("/{id}")
    BoardView get(@PathVariable String id) {
        return boards.get(BoardId.parse(id));
    }
}
