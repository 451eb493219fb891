extension CalendarValidator {
    /// Work recorded as finished on a day without school is most often a typo or a guess:
    /// a warning, not an error, since work does get finished on a Saturday now and then.
    func warnAboutDoneOnDays(_ dates: [DoneOnDate]) {
        guard year.start < year.end, !dates.isEmpty else { return }
        let rule = SchoolDayRule(year: year)
        for done in dates {
            guard let reason = notASchoolDay(done.date.value, rule) else { continue }
            reader.warning(english: "milestone '\(done.milestone)' has done_on \(done.date.value), \(reason); was it done on another day?",
                           at: done.date.location)
        }
    }
}
