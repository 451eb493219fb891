import PlanwrightDocument

extension CalendarValidator {
    /// A status recorded `since` a day after the last day of school is known on no date of the
    /// year, so `status` and the handouts would never show it: almost always a mistyped year. It
    /// does not move the default as-of date either (`Plan.latestRecord`).
    func warnAboutSinceAfterTheYear(_ dates: [DoneOnDate]) {
        guard year.start < year.end else { return }
        for since in dates where since.date.value > year.end {
            reader.warning(Message("calendar_since_after_year", ["milestone": .text(since.milestone), "date": .text("\(since.date.value)"), "end": .text("\(year.end)")]),
                           at: since.date.location)
        }
    }
}
