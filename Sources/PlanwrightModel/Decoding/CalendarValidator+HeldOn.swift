import PlanwrightDocument

extension CalendarValidator {
    /// A session recorded as held on a day without school is most often a typo: a warning, as
    /// for `done_on`, since a Saturday workshop does happen now and then.
    func warnAboutHeldDays(_ held: [HeldSession]) {
        guard year.start < year.end, !held.isEmpty else { return }
        let rule = SchoolDayRule(year: year)
        for entry in held {
            guard let reason = notASchoolDay(entry.on.value, rule) else { continue }
            reader.warning(english: "training session '\(Excerpt.of(entry.session.value))' is recorded as held on \(entry.on.value), \(reason); "
                           + "was it held on another day?", at: entry.on.location)
        }
    }
}
