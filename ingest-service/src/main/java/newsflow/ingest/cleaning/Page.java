package newsflow.ingest.cleaning;

import java.util.List;
import newsflow.ingest.cleaning.furniture.Block;

/**
 * An article page broken into blocks, before zoning.
 *
 * @param headline   the headline the page marks up as one, or null (scraped text has none: its first line is it)
 * @param standfirst the standfirst the page marks up as one, or null
 * @param blocks     the page's blocks in reading order
 */
record Page(String headline, String standfirst, List<Block> blocks) {}
