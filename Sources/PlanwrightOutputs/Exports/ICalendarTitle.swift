/// An event's title as a calendar shows it: calendars show a title on one line of a day's cell
/// and cut the rest, so a title past `limit` characters (a milestone titled with a whole
/// sentence, a session named after a long programme) is cut at a word and marked with "…", and
/// the whole title opens the description, where nothing is lost.
enum ICalendarTitle {
    /// About what a phone's agenda or a week view shows of a title on one line.
    static let limit = 80

    /// The title to write as SUMMARY, and the whole title for the description when it was cut.
    /// `end` is never cut ("…: Getting started training, session 2"): what is cut is `title`.
    static func cut(_ title: String, keeping end: String = "") -> (summary: String, whole: String?) {
        let whole = title + end
        guard whole.count > limit else { return (whole, nil) }
        let room = limit - 1 - end.count
        // An end too long to keep beside at least half a title is cut like the rest.
        guard room >= limit / 2, title.count > room else { return (shortened(whole, to: limit - 1) + "…", whole) }
        return (shortened(title, to: room) + "…" + end, whole)
    }

    /// At most `room` characters of `text`, cut at the last space that keeps at least half of
    /// them (one long word is cut where it must be), without a dangling comma or colon.
    private static func shortened(_ text: String, to room: Int) -> String {
        let prefix = text.prefix(room)
        let space = prefix.lastIndex(of: " ").flatMap { prefix.distance(from: prefix.startIndex, to: $0) >= room / 2 ? $0 : nil }
        var kept = String(space.map { prefix[..<$0] } ?? prefix)
        while let last = kept.last, " ,;:-–".contains(last) { kept.removeLast() }
        return kept
    }
}
