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
            reader.error(Message("year_end_not_after_start", ["end": .text("\(end)"), "start": .text("\(start)")]), at: endNode)
        }
        var tooLong = false
        if let start, let end, end.dayNumber - start.dayNumber > Self.longestYearDays, let endNode = fields["end"] {
            tooLong = true
            reader.error(Message("year_too_long", ["end": .text("\(end)"), "start": .text("\(start)")]), at: endNode)
        }
        let closed = reader.list(fields, "closed").compactMap { scopedSpan($0, .closedDay, fieldName: "closed") }
        let testing = reader.list(fields, "testing").compactMap { scopedSpan($0, .testingWindow, fieldName: "testing", requireRange: true) }
        var pdDayDetails: [SchoolDate: SlotDetails] = [:]
        let pdDays = reader.list(fields, "pd_days").compactMap { node in
            var details = SlotDetails(time: nil, place: nil)
            let day = span(node, .pdDay, fieldName: "pd_days", shape: PlanShapes.pdDay) { fields in
                details = SlotDetails(time: slotTime(fields, of: Message("year_the_pd_day")), place: reader.text(fields, "place"))
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
                    let dates = written["dates"].map { reader.list($0, Message("decode_key_of_key", ["key": .text("dates"), "parent": .text("early_release")])).compactMap { reader.date($0, Message("decode_each_early_release_date")) } }
                    switch (written["day"], dates) {
                    case let (day?, added):
                        earlyRelease = weekly(day).map { .weekly($0) } ?? .none
                        earlyReleaseAdded = added ?? []
                    case let (nil, dates?): earlyRelease = .dates(dates)
                    case (nil, nil): reader.error(Message("year_early_release_needs_day_or_dates"), at: value)
                    }
                    if let exceptNode = written["except"] {
                        if written["day"] == nil {
                            reader.error(Message("year_except_without_day"), at: exceptNode)
                        } else {
                            earlyReleaseExcept = reader.list(exceptNode, Message("decode_key_of_key", ["key": .text("except"), "parent": .text("early_release")])).compactMap { node in
                                reader.date(node, Message("decode_each_date_of", ["key": .text("except")])).map { Located($0, at: node.location) }
                            }
                        }
                    }
                    earlyReleaseTime = slotTime(written, of: Message("year_early_release"))
                }
            } else if value.isSequence {
                earlyRelease = .dates(value.items.compactMap { reader.date($0, Message("decode_each_early_release_date")) })
            } else if let day = weekly(value) {
                earlyRelease = .weekly(day)
            }
        }

        var cycles = SchoolYear.Cycles.count(3)
        if let value = fields["cycles"] {
            if value.isSequence {
                cycles = .spans(value.items.compactMap { span($0, .cycle, fieldName: "cycles", requireRange: true) })
            } else if let count = reader.integer(value, Message("decode_quoted_key", ["key": .text("cycles")]), in: 1...12) {
                cycles = .count(count)
            }
        }

        // One file, or a list (the district's calendar and the state's testing calendar).
        imports.calendars = reader.list(fields, "import", acceptsSingle: true).compactMap { file in
            reader.text(file, Message("decode_each_file_of", ["key": .text("import")])).map { namedFile($0, at: file.location) }
        }
        imports.calendarRules = reader.list(fields, "import_rules").compactMap { node -> EventRule? in
            guard let rule = reader.fields(of: node, PlanShapes.importRule), let means = reader.choice(rule, "means", as: EventMeaning.self) else { return nil }
            let words = reader.list(rule, "words", acceptsSingle: true).compactMap { reader.text($0, Message("decode_each_of", ["what": .message(Message("decode_quoted_key", ["key": .text("words")]))])) }.filter { !$0.isEmpty }
            if words.isEmpty, let wordsNode = rule["words"] {
                reader.error(Message("year_import_rule_without_words"), at: wordsNode)
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
        let hint = value.scalar.map { ValidationWords.didYouMean($0, in: weekdays) } ?? .text("")
        reader.error(Message("year_early_release_weekday", ["found": .text(value.kindDescription), "hint": hint]), at: value)
        return nil
    }

    /// A slot's `time`, `13:30-15:00`: 24-hour, the start before the end.
    private func slotTime(_ fields: Fields, of what: Message) -> SlotTime? {
        guard let node = fields["time"], let text = reader.text(node, Message("decode_the_time_of", ["what": .message(what)])) else { return nil }
        guard let time = SlotTime(text: text) else {
            reader.error(Message("year_slot_time", ["what": .message(what), "found": .text(Excerpt.of(text)), "example": .text(SlotTime.example)]), at: node)
            return nil
        }
        return time
    }

    /// A closure or testing window, with the schools and grades it is for when it says.
    private func scopedSpan(_ node: YAMLNode, _ what: YearSpan, fieldName: String, requireRange: Bool = false) -> DateSpan? {
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
    private func span(_ node: YAMLNode, _ what: YearSpan, fieldName: String, requireRange: Bool = false,
                      shape: MappingShape = PlanShapes.span, written: (Fields) -> Void = { _ in }) -> DateSpan? {
        if node.isScalar, !requireRange {
            return reader.date(node, Message("decode_each_entry_of", ["key": .text(fieldName)])).map { DateSpan(name: nil, from: $0, to: $0, location: node.location) }
        }
        guard let fields = reader.fields(of: node, shape, context: what.phrase) else { return nil }
        written(fields)
        let name = reader.text(fields, "name")
        let context = name.map { Message("year_span_named", ["name": .text($0)]) } ?? what.phrase
        let on = reader.date(fields, "on"), from = reader.date(fields, "from"), to = reader.date(fields, "to")
        if fields["on"] != nil, fields["from"] != nil || fields["to"] != nil {
            reader.error(Message("year_span_on_and_range", ["span": .message(context)]), at: node)
            return nil
        }
        if requireRange, fields["on"] != nil {
            reader.error(Message("year_span_needs_range", ["span": .message(context)]), at: fields["on"]!)
            return nil
        }
        if let on { return DateSpan(name: name, from: on, to: on, location: node.location) }
        guard fields["from"] != nil else {
            if fields["on"] == nil { reader.error(Message("year_span_needs_date", ["span": .message(context)]), at: node) }
            return nil
        }
        guard let from else { return nil }
        if fields["to"] == nil, requireRange {
            reader.error(Message("year_span_needs_to", ["span": .message(context)]), at: node)
            return nil
        }
        let last = to ?? from
        if last < from, let toNode = fields["to"] {
            reader.error(Message("year_span_ends_before_start", ["span": .message(context), "to": .text("\(last)"), "from": .text("\(from)")]), at: toNode)
            return nil
        }
        return DateSpan(name: name, from: from, to: last, location: node.location)
    }
}

/// The kinds of dated entry the year lists, as the decoder names one without a name of its own.
enum YearSpan {
    case closedDay, testingWindow, pdDay, cycle

    var phrase: Message {
        switch self {
        case .closedDay: Message("year_a_closed_day")
        case .testingWindow: Message("year_a_testing_window")
        case .pdDay: Message("year_a_pd_day")
        case .cycle: Message("year_a_cycle")
        }
    }
}
