import PlanwrightDocument

/// What an imported calendar's occurrences give the school year: today, every all-day
/// occurrence is a closed run of days named by its SUMMARY, clipped to the year; timed
/// events (a board meeting at 7pm) are not closures.
///
/// This is the one place that decides what an imported event means, so a classification
/// of events (early release, PD days, testing) can replace it without touching the reader.
package enum ImportedClosures {
    package static func closures(from occurrences: [CalendarOccurrence], clippedTo year: ClosedRange<SchoolDate>?) -> [DateSpan] {
        occurrences.compactMap { occurrence in
            guard occurrence.timing == .allDay else { return nil }
            let from = year.map { max(occurrence.first, $0.lowerBound) } ?? occurrence.first
            let to = year.map { min(occurrence.last, $0.upperBound) } ?? occurrence.last
            guard from <= to else { return nil }
            return DateSpan(name: occurrence.summary, from: from, to: to, location: occurrence.location)
        }
        .sorted { ($0.from, $0.to) < ($1.from, $1.to) }
    }
}
