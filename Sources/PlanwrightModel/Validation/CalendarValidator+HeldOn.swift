import PlanwrightDocument

extension CalendarValidator {
    /// A session recorded as held on a day without school is most often a typo: a warning, as
    /// for `done_on`, since a Saturday workshop does happen now and then.
    func warnAboutHeldDays(_ held: [HeldSession]) {
        guard year.start < year.end, !held.isEmpty else { return }
        let rule = SchoolDayRule(year: year)
        for entry in held {
            guard let reason = notASchoolDay(entry.on.value, rule) else { continue }
            reader.warning(Message("calendar_held_on_no_school", ["session": .text(Excerpt.of(entry.session.value)), "date": .text("\(entry.on.value)"),
                                                                  "reason": .message(reason)]), at: entry.on.location)
        }
    }
}
