import PlanwrightDocument

extension PlanDecoder {
    /// The longest school year a plan may span: two years. A plan is one school year; two
    /// leave room for a year-round calendar or an 18-month plan, and keep the calendar (one
    /// entry per day, plus two years of summer runway) small. A year from 0001 to 9999 is a typo.
    static let longestYearDays = 2 * 366

    func decodeYear(_ node: YAMLNode) -> SchoolYear? {
        guard let fields = reader.fields(of: node, PlanShapes.year) else { return nil }
        let start = reader.date(fields, "start"), end = reader.date(fields, "end")
        if let start, let end, end <= start, let endNode = fields["end"] {
            reader.error(english: "the school year ends on \(end), which is not after its start on \(start)", at: endNode)
        }
        var tooLong = false
        if let start, let end, end.dayNumber - start.dayNumber > Self.longestYearDays, let endNode = fields["end"] {
            tooLong = true
            reader.error(english: "the school year ends on \(end), more than two years after its start on \(start); a plan covers one school year, so set 'end' to its last day of school",
                         at: endNode)
        }
        let closed = reader.list(fields, "closed").compactMap { scopedSpan($0, "a closed day", fieldName: "closed") }
        let testing = reader.list(fields, "testing").compactMap { scopedSpan($0, "a testing window", fieldName: "testing", requireRange: true) }
        var pdDayDetails: [SchoolDate: SlotDetails] = [:]
        let pdDays = reader.list(fields, "pd_days").compactMap { node in
            var details = SlotDetails(time: nil, place: nil)
            let day = span(node, "a PD day", fieldName: "pd_days", shape: PlanShapes.pdDay) { fields in
                details = SlotDetails(time: slotTime(fields, of: "the PD day"), place: reader.text(fields, "place"))
            }
            // Only the days inside the school year: a PD span written from 0001 to 9999 is not 3 million entries.
            // Pre-service days, in the month before the first day, count as the year's.
            let first = start.map { $0.adding(days: -SchoolYear.preServiceDays) }
            if let day, let first, let end, details.time != nil || details.place != nil,
               max(day.from, first) <= min(day.to, end) {
                for number in max(day.from, first).dayNumber...min(day.to, end).dayNumber { pdDayDetails[SchoolDate(dayNumber: number)] = details }
            }
            return day
        }

        var earlyRelease = SchoolYear.EarlyRelease.none
        var earlyReleaseTime: SlotTime?
        var earlyReleaseAdded: [SchoolDate] = []
        var earlyReleaseExcept: [Located<SchoolDate>] = []
        if let value = fields["early_release"] {
            if value.isMapping {
                if let written = reader.fields(of: value, PlanShapes.earlyRelease) {
                    let dates = written["dates"].map { reader.list($0, "'dates' of 'early_release'").compactMap { reader.date($0, "each early-release date") } }
                    switch (written["day"], dates) {
                    case let (day?, added):
                        earlyRelease = weekly(day).map { .weekly($0) } ?? .none
                        earlyReleaseAdded = added ?? []
                    case let (nil, dates?): earlyRelease = .dates(dates)
                    case (nil, nil): reader.error(english: "'early_release' needs 'day' (a school weekday, such as wednesday) or 'dates' (a list of dates)", at: value)
                    }
                    if let exceptNode = written["except"] {
                        if written["day"] == nil {
                            reader.error(english: "'except' takes days out of a weekly early release, but this 'early_release' has no 'day'; leave those dates out of 'dates' instead",
                                         at: exceptNode)
                        } else {
                            earlyReleaseExcept = reader.list(exceptNode, "'except' of 'early_release'").compactMap { node in
                                reader.date(node, "each date of 'except'").map { Located($0, at: node.location) }
                            }
                        }
                    }
                    earlyReleaseTime = slotTime(written, of: "early release")
                }
            } else if value.isSequence {
                earlyRelease = .dates(value.items.compactMap { reader.date($0, "each early-release date") })
            } else if let day = weekly(value) {
                earlyRelease = .weekly(day)
            }
        }

        var cycles = SchoolYear.Cycles.count(3)
        if let value = fields["cycles"] {
            if value.isSequence {
                cycles = .spans(value.items.compactMap { span($0, "a cycle", fieldName: "cycles", requireRange: true) })
            } else if let count = reader.integer(value, "'cycles'", in: 1...12) {
                cycles = .count(count)
            }
        }

        // One file, or a list (the district's calendar and the state's testing calendar).
        imports.calendars = reader.list(fields, "import", acceptsSingle: true).compactMap { file in
            reader.text(file, "each file of 'import'").map { namedFile($0, at: file.location) }
        }
        imports.calendarRules = reader.list(fields, "import_rules").compactMap { node -> EventRule? in
            guard let rule = reader.fields(of: node, PlanShapes.importRule), let means = reader.choice(rule, "means", as: EventMeaning.self) else { return nil }
            let words = reader.list(rule, "words", acceptsSingle: true).compactMap { reader.text($0, "each of 'words'") }.filter { !$0.isEmpty }
            if words.isEmpty, let wordsNode = rule["words"] {
                reader.error(english: "this import rule names no words; write the words an event's title holds, such as [Conferences]", at: wordsNode)
            }
            return words.isEmpty ? nil : EventRule(words: words, meaning: means, location: node.location)
        }
        // A year too long is not planned at all: its calendar would be as long as it is.
        guard let start, let end, !tooLong else { return nil }
        var year = SchoolYear(start: start, end: end, closed: closed, testing: testing, pdDays: pdDays, earlyRelease: earlyRelease,
                              cycles: cycles, location: node.location, earlyReleaseTime: earlyReleaseTime, pdDayDetails: pdDayDetails,
                              earlyReleaseLocation: fields["early_release"]?.location)
        year.earlyReleaseAdded = earlyReleaseAdded
        year.earlyReleaseExcept = earlyReleaseExcept
        if let node = fields["min_instructional_days"], let days = reader.integer(fields, "min_instructional_days") {
            year.minInstructionalDays = Located(days, at: node.location)
        }
        return year
    }

    /// The weekday of a weekly early release: a school day, not a weekend.
    private func weekly(_ value: YAMLNode) -> Weekday? {
        if let text = value.scalar, let day = Weekday(name: text), !day.isWeekend { return day }
        let weekdays = Weekday.allCases.filter { !$0.isWeekend }.map(\.name)
        let hint = value.scalar.map { Suggestion.didYouMean($0, in: weekdays) } ?? ""
        reader.error(english: "'early_release' must be a school weekday (such as wednesday) or a list of dates; found \(value.kindDescription)\(hint)", at: value)
        return nil
    }

    /// A slot's `time`, `13:30-15:00`: 24-hour, the start before the end.
    private func slotTime(_ fields: Fields, of what: String) -> SlotTime? {
        guard let node = fields["time"], let text = reader.text(node, "the time of \(what)") else { return nil }
        guard let time = SlotTime(text: text) else {
            reader.error(english: "the time of \(what) is '\(Excerpt.of(text))', which is not a time of day from start to end; write the time as \(SlotTime.example) (24-hour, the start before the end)", at: node)
            return nil
        }
        return time
    }

    /// A closure or testing window, with the schools and grades it is for when it says.
    private func scopedSpan(_ node: YAMLNode, _ what: String, fieldName: String, requireRange: Bool = false) -> DateSpan? {
        var references: [Reference] = [], grades: GradeSet?
        var result = span(node, what, fieldName: fieldName, requireRange: requireRange, shape: PlanShapes.scopedSpan) { fields in
            references = reader.references(fields, "schools")
            if fields["grades"] != nil { grades = self.grades(fields, "grades") }
        }
        if grades?.isEmpty == true { grades = nil }
        if !references.isEmpty || grades != nil {
            result?.scope = Scope(schools: references.map(\.id), grades: grades)
            result?.schoolReferences = references
        }
        return result
    }

    /// A date, `{name, on}` or `{name, from, to}`.
    /// `shape` is the span's own keys and any more (a PD day's `place` and `time`), which
    /// `written` reads from the keys as written.
    private func span(_ node: YAMLNode, _ what: String, fieldName: String, requireRange: Bool = false,
                      shape: MappingShape = PlanShapes.span, written: (Fields) -> Void = { _ in }) -> DateSpan? {
        if node.isScalar, !requireRange {
            return reader.date(node, "each entry of '\(fieldName)'").map { DateSpan(name: nil, from: $0, to: $0, location: node.location) }
        }
        guard let fields = reader.fields(of: node, shape, context: what) else { return nil }
        written(fields)
        let name = reader.text(fields, "name")
        let context = name.map { "'\($0)'" } ?? what
        let on = reader.date(fields, "on"), from = reader.date(fields, "from"), to = reader.date(fields, "to")
        if fields["on"] != nil, fields["from"] != nil || fields["to"] != nil {
            reader.error(english: "\(context) has both 'on' and 'from'/'to'; use 'on' for one day or 'from' and 'to' for a range", at: node)
            return nil
        }
        if requireRange, fields["on"] != nil {
            reader.error(english: "\(context) needs 'from' and 'to', not 'on'", at: fields["on"]!)
            return nil
        }
        if let on { return DateSpan(name: name, from: on, to: on, location: node.location) }
        guard fields["from"] != nil else {
            if fields["on"] == nil { reader.error(english: "\(context) needs a date: 'on' for one day, or 'from' and 'to'", at: node) }
            return nil
        }
        guard let from else { return nil }
        if fields["to"] == nil, requireRange {
            reader.error(english: "\(context) needs 'to', its last day", at: node)
            return nil
        }
        let last = to ?? from
        if last < from, let toNode = fields["to"] {
            reader.error(english: "\(context) ends on \(last), before it starts on \(from)", at: toNode)
            return nil
        }
        return DateSpan(name: name, from: from, to: last, location: node.location)
    }
}
