package newsflow.index.store.entities;

import java.time.LocalDate;

/** How many articles were published on one day (UTC). */
public record DayCount(LocalDate date, long articles) {}
