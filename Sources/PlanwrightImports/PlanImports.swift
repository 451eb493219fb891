import PlanwrightDocument
import PlanwrightModel

/// The loader's import step: reads every file a plan names to import, by the rules all of a
/// plan's files are read by, and merges what they give into the decoded plan.
struct PlanImports {
    let limits: LoaderLimits
    /// Where imported files may be: the plan file's tree, and any folders `--allow-path` adds.
    let tree: PlanTree
    /// The decoder's reader: problems join the plan's own, and the plan's additions to the
    /// roster are read by the rules the rest of the plan is.
    let reader: NodeReader

    /// The texts read, so diagnostics can quote them: the roster's files, then the calendar.
    func merge(_ requests: ImportRequests, into plan: inout Plan?) -> [SourceText] {
        var sources: [SourceText] = []
        if let request = requests.roster {
            let roster = OneRosterReader(limits: limits, inside: tree)
                .read(directory: request.folder.path, survey: request.survey?.path, at: request.folder.written.location,
                      surveyAt: request.survey?.written.location, delta: request.delta)
            reader.append(roster.diagnostics)
            sources += roster.sources
            // Computed before the plan is set: `plan?.x = f()` would not run f for a plan that did not decode.
            let schools = reader.addingPlanDetails(request, to: roster.schools)
            plan?.schools = schools
            plan?.staff = roster.staff
        }
        // After the roster: a survey's school column is matched to the schools it gives.
        for request in requests.voices {
            guard let schools = plan?.schools, let scale = plan?.framework.scale else { break }
            var reader = VoiceSurveyReader(request, schools: schools, scale: scale)
            let survey = readSurvey(request, with: &reader, into: &sources)
            self.reader.append(reader.diagnostics)
            if let survey { plan?.voices.surveys.append(survey) }
        }
        // After the roster: a report's most active schools are matched to the schools it gives.
        if let request = requests.appReport, let schools = plan?.schools {
            readAppReport(request, schools: schools, into: &plan, sources: &sources)
        }
        // A roster's problems are worth reporting even when the plan does not decode; the
        // calendar only adds closures to a plan that did.
        for request in requests.calendars {
            guard let year = plan?.year else { break }
            let calendar = read(request, year: year.start...max(year.start, year.end), rules: requests.calendarRules)
            reader.append(calendar.diagnostics)
            sources += calendar.sources
            plan?.year.closed += calendar.value.closed
            plan?.year.pdDays += calendar.value.pdDays
            plan?.year.testing += calendar.value.testing
            plan?.year.addedEarlyRelease += calendar.value.earlyRelease
            plan?.year.importedEarlyReleaseTimes.merge(calendar.value.earlyReleaseTimes) { first, _ in first }
            plan?.year.schoolEarlyRelease += calendar.value.schoolEarlyRelease
            plan?.year.leftOut += calendar.value.leftOut
        }
        return sources
    }

    /// One survey export `voices:` names, read as CSV inside the plan's tree.
    private func readSurvey(_ request: ImportRequests.VoiceRequest, with surveyReader: inout VoiceSurveyReader,
                            into sources: inout [SourceText]) -> VoiceSurvey? {
        switch SourceFiles.read(request.file.path, as: .csv, inside: tree, limits: limits) {
        case let .failure(problem):
            reader.error(Message("import_cannot_read_survey", ["file": .text(request.file.written.value), "reason": .message(problem.reason), "hint": ImportPhrases.paths(problem)]),
                         at: request.file.written.location)
            return nil
        case let .success(text):
            let file = CSVFile(text, name: request.file.written.value)
            sources.append(file.source)  // decoded to UTF-8, so its lines can be quoted
            return surveyReader.read(file)
        }
    }

    /// The app report `tools.import` names, merged into the plan's tools.
    private func readAppReport(_ request: ImportRequests.AppReportRequest, schools: [School], into plan: inout Plan?, sources: inout [SourceText]) {
        switch SourceFiles.read(request.file.path, as: .csv, inside: tree, limits: limits) {
        case let .failure(problem):
            reader.error(Message("import_cannot_read_app_report", ["file": .text(request.file.written.value), "reason": .message(problem.reason), "hint": ImportPhrases.paths(problem)]),
                         at: request.file.written.location)
        case let .success(text):
            let file = CSVFile(text, name: request.file.written.value)
            sources.append(file.source)  // decoded to UTF-8, so its lines can be quoted
            var appReport = AppReportReader(request)
            let rows = appReport.read(file)
            reader.append(appReport.diagnostics)
            guard let rows, var tools = plan?.tools else { return }
            var merge = AppReportMerge(file: request.file.written.value, asOf: request.asOf.value, schools: schools)
            merge.merge(rows, into: &tools)
            reader.append(merge.diagnostics)
            plan?.tools = tools
        }
    }

    /// Closures in the school year from one `.ics` file `year.import` names.
    private func read(_ request: ImportRequests.NamedFile, year: ClosedRange<SchoolDate>, rules: [EventRule]) -> ICSCalendarReader.Result {
        switch SourceFiles.read(request.path, as: .calendar, inside: tree, limits: limits) {
        case let .failure(problem):
            let message = Message("import_cannot_read_calendar", ["file": .text(request.written.value), "reason": .message(problem.reason), "hint": ImportPhrases.paths(problem)])
            return ICSCalendarReader.Result(ImportedDays(), diagnostics: [.error(message,
                                                                    at: request.written.location)])
        case let .success(text):
            return ICSCalendarReader(classifier: EventClassifier(planRules: rules)).read(text, year: year)
        }
    }
}
