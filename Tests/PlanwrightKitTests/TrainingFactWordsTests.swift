@testable import PlanwrightDocument
import Foundation
import Testing
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// The training plan carries facts (a window's bounding milestones, what the search for a day
/// found, comfort levels, a programme's scope, a milestone's status, a session's hours) and the
/// outputs word them: English as it always read, Spanish from es.po.
struct TrainingFactWordsTests {
    static let spanish = Wording.load(language: "es").value!

    @Test func aWindowsReasonIsTheMilestonesThatBoundIt() throws {
        let plan = try GoldenOutputTests.examplePlan()
        let windows = plan.training.programmes.map(\.window.reason)
        #expect(windows == [.duringTraining("lms-training", beforeRollout: "lms-rollout"), .afterGate("mdm-gate", beforeRollout: "mdm-rollout")])
        #expect(TrainingWindowWords.reason(windows[1], .english) == "after go/no-go 'mdm-gate', before rollout 'mdm-rollout'")
        #expect(TrainingWindowWords.reason(windows[1], Self.spanish)
                == "después de la decisión de continuar o no 'mdm-gate', antes de la implementación 'mdm-rollout'")
    }

    /// A clash keeps who was where and how many days there were; both languages count them by their rule.
    @Test func anUnplacedSessionKeepsWhatTheSearchForADayFound() throws {
        let staff = TrainingProgrammeTests.staff([("elm", "1", 3, false), ("mid", "1", 3, false), ("high", "1", 3, false)])
        let milestones = TrainingProgrammeTests.rollout("a", scope: "grades: 6-12") + ", " + TrainingProgrammeTests.rollout("b")
        let training = "training: { max_group: 4, tracks: [{ id: all, name: Everyone, comfort: [1, 5], sessions: 1, minutes: 60 }] }"
        let plan = try TrainingProgrammeTests.plan(milestones: milestones, staff: staff, training: training,
                                                   year: "{ start: 2026-08-24, end: 2027-06-11, early_release: [2026-11-11] }")
        let session = try #require(plan.training.unplaced.first)
        let search = try #require(session.search)
        #expect(session.cause == .clash && session.window.reason == .afterGate("gb", beforeRollout: "rb"))
        #expect((search.fittingDays, search.freeDays, search.minutes, search.afterHeld) == (1, 0, 60, false))
        #expect(search.clash == UnplacedSession.Clash(person: "mid-1", name: "Mid-1", facilitating: false, session: "ra.all-mid-1/1",
                                                      date: SchoolDate(iso: "2026-11-11")!))
        #expect(UnplacedSessionWords.reason(session, Self.spanish)
                == "0 de 1 día de capacitación con cabida para una sesión de 60 minutos entre el 2026-09-01 y el 2026-11-13 están libres para este grupo: "
                + "Mid-1 está en la sesión ra.all-mid-1/1 el 2026-11-11")
        // The checks' warnings carry the same phrase the outputs word.
        #expect(Wording.english.say(session.reasonPhrase) == UnplacedSessionWords.reason(session, .english))
    }

    @Test func aTracksComfortIsARangeWrittenAsPlanJSONAlwaysHad() throws {
        let plan = try GoldenOutputTests.examplePlan()
        #expect(plan.training.tracks.map(\.comfort) == [1...2, 3...3, 4...5])
        #expect(plan.training.tracks.map { ComfortRangeWords.range($0.comfort, .english) } == ["1-2", "3", "4-5"])
        let json = try PlanJSON.encode(plan)
        #expect(json.contains("\"comfort\" : \"1-2\"") && json.contains("\"comfort\" : \"3\","))
    }

    /// A programme keeps its scope and its schools' names; its audience is worded per language.
    @Test func aProgrammesAudienceIsItsScopeInTheLanguage() throws {
        let plan = try GoldenOutputTests.examplePlan()
        let mdm = try #require(plan.training.programme("mdm-rollout"))
        #expect(mdm.scope.grades?.description == "6-12")
        #expect(ProgrammeWords.name(mdm, .english) == "Classroom screen management goes live, grades 6–12")
        #expect(ProgrammeWords.audience(mdm, Self.spanish) == "grados 6–12")
        let scope = Scope(schools: ["cen"], grades: GradeSet.parse("9-12"), roles: [.teacher, .coach], subjects: ["math"])
        let names = { (_: String) in "Escuela Núñez" }
        #expect(ScopeWords.whom(scope, schoolName: names, .english) == "teachers and coaches of math, grades 9–12, at Escuela Núñez")
        let librarians = Scope(schools: ["cen"], roles: [.teacher, .librarian])
        #expect(ScopeWords.whom(librarians, schoolName: names, Self.spanish) == "docentes y bibliotecarios, en Escuela Núñez")
        #expect(ScopeWords.whom(Scope(grades: GradeSet.parse("K")), schoolName: names, Self.spanish) == "grado K")
    }

    /// The default tracks are the plan's by id, not by an English name; a plan's own name is its own.
    @Test func aDefaultTracksNameIsWordedInTheLanguage() throws {
        let plan = try GoldenOutputTests.examplePlan()
        #expect(plan.training.tracks.map(\.name) == [nil, nil, nil])
        #expect(plan.training.tracks.map { TrackWords.name($0, .english) } == ["Getting started", "Building fluency", "Leading"])
        #expect(plan.training.tracks.map { TrackWords.name($0, Self.spanish) } == ["Primeros pasos", "Ganando soltura", "Liderazgo"])
        let own = PlannedTrack(id: "leading", name: "Liderazgo digital", comfort: 4...5, sessions: 2, minutes: 45, members: 3)
        #expect(TrackWords.name(own, .english) == "Liderazgo digital")
        #expect(try PlanJSON.encode(plan).contains("\"name\" : \"Building fluency\""))
    }

    @Test func aMilestonesStatusIsWordedInTheLanguage() {
        #expect(MilestoneStatus.inProgress.words == "in progress")
        #expect(MilestoneStatus.allCases.map { $0.label(Self.spanish) } == ["previsto", "en curso", "terminado", "bloqueado"])
    }

    /// The people page in Spanish gives a session's hours on the 24-hour clock, and the district
    /// plan the training window's reason in Spanish; in English both read as they always have.
    @Test func spanishStaffPagesWriteTimesOnTheTwentyFourHourClock() throws {
        let plan = try GoldenOutputTests.examplePlan()
        let templates = try #require(TemplateSet.load().templates)
        let spanish = HandoutRenderer(templates: templates, wording: Self.spanish).render(plan).files
        let english = HandoutRenderer(templates: templates).render(plan).files
        let page = { (files: [(path: String, contents: String)], path: String) in try #require(files.first { $0.path == path }?.contents) }
        let people = "schools/cedar-hills-people.html"
        #expect(try page(english, people).contains("1:30–2:15 pm"))
        let es = try page(spanish, people)
        #expect(es.contains("13:30–14:15") && !es.contains(" pm") && !es.contains(" am"), "\(es)")
        #expect(es.contains("Primeros pasos") && !es.contains("Getting started"))
        let district = try page(spanish, "plan.md")
        #expect(district.contains("durante 'lms-training', antes de la implementación 'lms-rollout'"))
        #expect(district.contains("Classroom screen management goes live, grados 6–12"))
    }
}
