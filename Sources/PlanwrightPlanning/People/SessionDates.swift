import PlanwrightModel

/// The dates of one group's sessions, by number. A held session keeps the day recorded,
/// whatever the calendar says now; the others take the last fitting slots ("just in time")
/// after the last held one and, when re-planning, on or after the as-of date. Sessions the
/// slots cannot hold are missing from the result, the highest numbers first.
enum SessionDates {
    static func place(count: Int, held: [Int: SchoolDate], slots: [SchoolDate], from: SchoolDate? = nil) -> [Int: SchoolDate] {
        guard count > 0 else { return [:] }
        var dates = held.filter { (1...count).contains($0.key) }
        let open = (1...count).filter { dates[$0] == nil }
        let lastHeld = dates.values.max()
        let usable = slots.filter { day in (lastHeld.map { day > $0 } ?? true) && (from.map { day >= $0 } ?? true) }
        for (number, day) in zip(open, usable.suffix(open.count)) { dates[number] = day }
        return dates
    }
}
