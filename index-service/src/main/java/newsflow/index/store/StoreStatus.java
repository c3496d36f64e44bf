package newsflow.index.store;

import java.util.Map;

/**
 * Whether an {@link ArticleStore} is usable, for health checks.
 *
 * @param writable true when the store is open and can take writes
 * @param details  facts for operators, such as where the store is and how many articles it holds
 */
public record StoreStatus(boolean writable, Map<String, Object> details) {

    public StoreStatus {
        details = Map.copyOf(details);
    }
}
