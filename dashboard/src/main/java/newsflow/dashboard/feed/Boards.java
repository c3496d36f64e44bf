package newsflow.dashboard.feed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleRejected;

/**
 * What the dashboard keeps of the watched topics: recent rejections with counts by reason and publisher, recent
 * dead letters per dead-letter topic with counts by exception, and the latest enriched articles. Bounded; thread-safe.
 */
public final class Boards {

    private static final int SHOWN = 50;
    private static final int LATEST_ARTICLES = 12;

    private final int capacity;
    private final Deque<ArticleRejected> rejections = new ArrayDeque<>();
    private final Map<String, Deque<DeadLetter>> deadLetters = new TreeMap<>();
    private final Deque<ArticleEnriched> articles = new ArrayDeque<>();

    public Boards(int capacity) {
        this.capacity = capacity;
    }

    synchronized void addRejection(ArticleRejected rejection) {
        push(rejections, rejection, capacity);
    }

    synchronized void addDeadLetter(DeadLetter deadLetter) {
        push(deadLetters.computeIfAbsent(deadLetter.topic(), topic -> new ArrayDeque<>()), deadLetter, capacity);
    }

    synchronized void addArticle(ArticleEnriched article) {
        articles.removeIf(kept -> kept.articleId().equals(article.articleId()));
        push(articles, article, LATEST_ARTICLES);
    }

    synchronized void removeArticle(String articleId) {
        articles.removeIf(kept -> kept.articleId().equals(articleId));
    }

    /** Rejections kept: counts by reason and by publisher, and the latest, newest first. */
    public synchronized RejectionsView rejections() {
        Map<String, Long> byReason = new TreeMap<>();
        Map<String, Long> bySource = new TreeMap<>();
        for (ArticleRejected rejection : rejections) {
            byReason.merge(rejection.reason().name(), 1L, Long::sum);
            bySource.merge(rejection.source() == null ? "(unknown)" : rejection.source(), 1L, Long::sum);
        }
        return new RejectionsView(rejections.size(), byReason, bySource, newest(rejections, SHOWN));
    }

    /** Dead letters kept, per dead-letter topic: counts by exception and the latest, newest first. */
    public synchronized Map<String, DeadLettersView> deadLetters() {
        Map<String, DeadLettersView> view = new LinkedHashMap<>();
        deadLetters.forEach((topic, letters) -> {
            Map<String, Long> byException = new TreeMap<>();
            letters.forEach(letter -> byException.merge(String.valueOf(letter.exception()), 1L, Long::sum));
            view.put(topic, new DeadLettersView(letters.size(), byException, newest(letters, SHOWN)));
        });
        return view;
    }

    public synchronized List<ArticleEnriched> latestArticles() {
        return newest(articles, LATEST_ARTICLES);
    }

    private static <T> void push(Deque<T> deque, T item, int capacity) {
        deque.addLast(item);
        while (deque.size() > capacity) {
            deque.removeFirst();
        }
    }

    private static <T> List<T> newest(Deque<T> deque, int count) {
        List<T> newest = new ArrayList<>(count);
        var iterator = deque.descendingIterator();
        while (iterator.hasNext() && newest.size() < count) {
            newest.add(iterator.next());
        }
        return newest;
    }

    public record RejectionsView(
            int kept, Map<String, Long> byReason, Map<String, Long> bySource, List<ArticleRejected> latest) {}

    public record DeadLettersView(int kept, Map<String, Long> byException, List<DeadLetter> latest) {}
}
