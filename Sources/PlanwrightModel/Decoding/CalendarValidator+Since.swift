extension CalendarValidator {
    /// A status recorded `since` a day after the last day of school is known on no date of the
    /// year, so `status` and the handouts would never show it: almost always a mistyped year. It
    /// does not move the default as-of date either (`Plan.latestRecord`).
    func warnAboutSinceAfterTheYear(_ dates: [DoneOnDate]) {
        guard year.start < year.end else { return }
        for since in dates where since.date.value > year.end {
            reader.warning(english: "milestone '\(since.milestone)' has since \(since.date.value), after the last day of school (\(year.end)), "
                           + "so no date of this year shows its status; check the year", at: since.date.location)
        }
    }
}
