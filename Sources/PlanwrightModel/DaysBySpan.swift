/// For each day from `first` to `last`, the first span in list order that covers it (closures,
/// testing windows, PD days), found in time linear in days plus spans.
///
/// Marking each span's days one by one costs days × spans when spans overlap (10,000 closures
/// over one year is 3.6 million visits, and spans over centuries far more); here every day is
/// visited once, because a day already claimed is skipped over through `nextFree` (a
/// union-find with path halving). Spans are clipped to the window first.
package struct DaysBySpan {
    let first: Int
    /// For each day from `first`, the index of the span that covers it, or -1.
    package let owner: [Int32]
    /// Steps taken to build it (days claimed plus skips), so a test can catch a quadratic regression.
    package let steps: Int

    package init(_ spans: [DateSpan], first: Int, last: Int) {
        self.first = first
        let count = max(0, last - first + 1)
        var owner = [Int32](repeating: -1, count: count)
        // nextFree[i]: a day at or after i that may be unclaimed; `count` means none.
        var nextFree = Array(0...count)
        var steps = 0
        func free(_ start: Int) -> Int {
            var day = start
            while nextFree[day] != day {
                nextFree[day] = nextFree[nextFree[day]]
                day = nextFree[day]
                steps += 1
            }
            return day
        }
        for (index, span) in spans.enumerated() {
            let from = max(span.from.dayNumber, first) - first, to = min(span.to.dayNumber, last) - first
            guard from <= to else { continue }
            var day = free(from)
            while day <= to {
                owner[day] = Int32(index)
                nextFree[day] = day + 1
                steps += 1
                day = free(day + 1)
            }
        }
        self.owner = owner
        self.steps = steps + spans.count
    }

    /// The index of the first span covering `day`, or nil (also outside the window).
    package func span(on day: Int) -> Int? {
        let offset = day - first
        guard offset >= 0, offset < owner.count, owner[offset] >= 0 else { return nil }
        return Int(owner[offset])
    }
}
