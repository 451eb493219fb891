import PlanwrightDocument

extension CalendarValidator {
    /// Work recorded as finished on a day without school is most often a typo or a guess:
    /// a warning, not an error, since work does get finished on a Saturday now and then.
    func warnAboutDoneOnDays(_ dates: [DoneOnDate]) {
        guard year.start < year.end, !dates.isEmpty else { return }
        let rule = SchoolDayRule(year: year)
        for done in dates {
            guard let reason = notASchoolDay(done.date.value, rule) else { continue }
            reader.warning(Message("calendar_done_on_no_school", ["milestone": .text(done.milestone), "date": .text("\(done.date.value)"), "reason": .message(reason)]),
                           at: done.date.location)
        }
    }
}
