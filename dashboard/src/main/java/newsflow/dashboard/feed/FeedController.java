package newsflow.dashboard.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import newsflow.contract.ArticleEnriched;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the dashboard has seen on the watched topics. */
@RestController
class FeedController {

    private final Boards boards;
    private final RecentEntities recentEntities;

    FeedController(Boards boards, RecentEntities recentEntities) {
        this.boards = boards;
        this.recentEntities = recentEntities;
    }

    @GetMapping("/api/top-entities")
    List<RecentEntities.EntityCount> topEntities() {
        return recentEntities.top(Instant.now(), 10);
    }

    @GetMapping("/api/rejections")
    Boards.RejectionsView rejections() {
        return boards.rejections();
    }

    @GetMapping("/api/dead-letters")
    Map<String, Boards.DeadLettersView> deadLetters() {
        return boards.deadLetters();
    }

    @GetMapping("/api/articles/latest")
    List<ArticleEnriched> latestArticles() {
        return boards.latestArticles();
    }
}
