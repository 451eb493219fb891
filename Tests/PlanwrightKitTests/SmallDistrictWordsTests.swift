import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Issue 21, item 9: the words a three-school district of 45 staff read wrong. Cedar Bluff (K-6,
/// 7-8 and 9-12 on one campus, `Fixtures/words/cedar-bluff.yaml`), each test with one edit.
struct SmallDistrictWordsTests {
    static let plan = Fixtures.text("words/cedar-bluff.yaml")

    /// The plan planned on the first day of school (its measures record values into March, which
    /// would otherwise be the as-of date).
    static func run(_ yaml: String, asOf: String = "2026-08-19") -> PlanPipeline.Result {
        PlanPipeline(planner: Planner(asOf: SchoolDate(iso: asOf))).run(SourceText(path: "cedar-bluff.yaml", bytes: Array(yaml.utf8)))
    }

    /// The 1-based line of the first line holding `text`.
    static func line(of text: String, in yaml: String) -> Int {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.contains(text) } ?? -1) + 1
    }

    /// Diagnostics as `line:column severity: message`.
    static func diagnostics(_ result: PlanPipeline.Result) -> [String] {
        result.diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.severity.rawValue): \($0.message)" }
    }

    @Test func theDistrictPlansCleanly() throws {
        let result = Self.run(Self.plan)
        #expect(!result.hasErrors, "\(Self.diagnostics(result))")
        #expect(try #require(result.improvementPlan).staff.count == 45)
    }

    // MARK: People counted as people

    /// Two rollouts at the elementary school train the same people: a teacher who moves track is
    /// one person whose training changed, not one per rollout.
    @Test func theDiffCountsPeopleOnceHoweverManyRolloutsTrainThem() throws {
        let twoRollouts = Self.plan.replacingPresent("""
                  - id: hotspot-lend
                    title: Lend hotspots to the families who asked
                    days: 10
                    after: [hotspot-survey]
                    owner: Cody Brandt
                    kind: task
            """, with: """
                  - id: hotspot-lend
                    title: Lend hotspots to the families who asked
                    days: 10
                    after: [hotspot-survey]
                    owner: Cody Brandt
                    kind: task
                  - id: hotspot-pilot
                    title: Try the hotspot check-out desk with two classes
                    days: 5
                    after: [hotspot-lend]
                    owner: Cody Brandt
                    kind: pilot
                    schools: [cbe]
                  - id: hotspot-gate
                    title: "Go/no-go: check-out works"
                    days: 1
                    after: [hotspot-pilot]
                    owner: Ruth Halvorsen
                    kind: gate
                  - id: hotspot-rollout
                    title: Every class teaches families to use the hotspot
                    days: 10
                    after: [hotspot-gate]
                    not_before: 2027-02-01
                    owner: Cody Brandt
                    kind: rollout
                    schools: [cbe]
            """)
        // Three teachers rate themselves lower after the summer: each moves track in both programmes.
        let rerated = twoRollouts
            .replacingPresent("name: Tyler Quinn, school: cbe, subjects: [ela, math], grades: [3], comfort: 3", with: "name: Tyler Quinn, school: cbe, subjects: [ela, math], grades: [3], comfort: 1")
            .replacingPresent("name: Amy Running Crane, school: cbe, subjects: [ela, math], grades: [5], comfort: 3", with: "name: Amy Running Crane, school: cbe, subjects: [ela, math], grades: [5], comfort: 2")
            .replacingPresent("name: Sofia Reyes, school: cbe, subjects: [ela, math], grades: [6], comfort: 3", with: "name: Sofia Reyes, school: cbe, subjects: [ela, math], grades: [6], comfort: 1")
        let old = try #require(Self.run(twoRollouts).improvementPlan), new = try #require(Self.run(rerated).improvementPlan)
        let diff = PlanDiffer().diff(PlanDiffer.Side(planned: old, file: "old.yaml"), PlanDiffer.Side(planned: new, file: "new.yaml"))
        let changes = diff.schools.flatMap(\.training)
        #expect(changes.filter { $0.person.id == "e-08" }.count == 2, "Tyler Quinn moves in both rollouts' training")
        let people = Set(changes.map(\.person.id)).count
        #expect(changes.count > people)
        let summary = PlanDiffMarkdown.summary(diff)
        #expect(summary.contains("training changed for \(Plural.count(people, "person", "people"))"), "\(summary)")
    }

    // MARK: Percentage points

    @Test func aMeasureInPercentMissesByPercentagePoints() throws {
        let plan = try #require(Self.run(Self.plan, asOf: "2027-04-15").improvementPlan)
        let measure = try #require(plan.progress.measures.first)
        #expect(measure.words(in: plan).hasPrefix("Missed: 73 percent on Fri, Mar 26 is 2 percentage points short of the target 75 percent, which was due by Fri, Mar 26."),
                "\(measure.words(in: plan))")
        #expect(Plural.differenceUnit("percent", for: 1) == "percentage point")
        #expect(Plural.differenceUnit("%", for: 3.5) == "percentage points")
        #expect(Plural.differenceUnit("percent of classes", for: 2) == "percentage points")
        #expect(Plural.differenceUnit("devices", for: 1) == "device")
    }

    // MARK: Negative amounts

    @Test func aNegativeAmountIsToldItCannotBeNegativeAtTheValue() {
        let negative = Self.plan
            .replacingPresent("{ id: erate, name: E-Rate, amount: 7200 }", with: "{ id: erate, name: E-Rate, amount: -7200 }")
            .replacingPresent("        amount: 180\n", with: "        amount: -180\n")
        let result = Self.run(negative)
        let funding = Self.line(of: "{ id: erate, name: E-Rate", in: negative), cost = Self.line(of: "amount: -180", in: negative)
        let errors = Self.diagnostics(result).filter { $0.contains(" error: ") }
        #expect(errors == [
            "\(cost):17 error: 'amount' of cost 'E-Rate hotspots' is -180: an amount can't be negative; write it as 0 or more",
            "\(funding):40 error: 'amount' of funding source 'erate' is -7200: an amount can't be negative; write it as 0 or more",
        ], "\(errors)")
        #expect(!errors.contains { $0.contains("what it costs") })
    }

    // MARK: Empty schools and goals

    @Test func aSchoolWithNoStaffIsSaidOnceWithoutACountOfZero() throws {
        let withEmptySchool = Self.plan.replacingPresent("    students: 92\n", with: """
                students: 92
              - id: cbo
                name: Cedar Bluff Online Academy
                grades: 9-12
                principal: Ruth Halvorsen
                students: 12

            """)
        let result = Self.run(withEmptySchool)
        let about = Self.diagnostics(result).filter { $0.contains("Online Academy") }
        #expect(about == [
            "\(Self.line(of: "- id: cbo", in: withEmptySchool)):5 warning: Cedar Bluff Online Academy has no staff listed, so nobody there is trained or given a champion; list its staff under 'staff', with school: cbo",
        ], "\(about)")
        #expect(!Self.diagnostics(result).contains { $0.contains("0 staff") || $0.contains("partner with Cedar Bluff Online Academy") })
        let files = try BuildOutputTests.render(try #require(result.improvementPlan)).files
        let handout = try #require(files.first { $0.path == "schools/cbo.md" }).contents
        let people = try #require(files.first { $0.path == "schools/cbo-people.md" }).contents
        #expect(handout.contains("**The plan lists no staff at this school.**"))
        #expect(!handout.contains("0 staff") && !people.contains("0 staff"))
        #expect(people.components(separatedBy: "The plan lists no staff at this school.").count == 2, "said once on the people page")
    }

    @Test func aGoalWithNoMilestonesIsWarnedAndSaysSoUnderItsHeading() throws {
        let withEmptyGoal = Self.plan.replacingPresent("  - id: home-access\n", with: """
              - id: board-policy
                title: The board adopts a technology use policy
                indicators: [shared-vision]
                owner: Ruth Halvorsen

              - id: home-access

            """)
        let result = Self.run(withEmptyGoal)
        #expect(Self.diagnostics(result).contains(
            "\(Self.line(of: "- id: board-policy", in: withEmptyGoal)):5 warning: goal 'board-policy' has no milestones, so nothing is scheduled for it and no school's handout shows it; add the steps that reach it under 'milestones'"))
        let files = try BuildOutputTests.render(try #require(result.improvementPlan)).files
        let markdown = try #require(files.first { $0.path == "plan.md" }).contents
        #expect(markdown.contains("### The board adopts a technology use policy (board-policy)\n\nNo milestones yet: nothing is scheduled for this goal.\n"))
        // A goal with milestones says nothing of the kind.
        #expect(markdown.components(separatedBy: "No milestones yet").count == 2)
        let html = try #require(files.first { $0.path == "plan.html" }).contents
        #expect(html.contains("<p class=\"muted\">No milestones yet: nothing is scheduled for this goal.</p>"))
    }

    // MARK: Ids beyond ASCII

    @Test func idsTakeLettersOfAnyAlphabetAndTheirFilesStaySafe() throws {
        let accented = Self.plan
            .replacingPresent("{ id: e-12, name: Greg Novak", with: "{ id: zoë, name: Zoë Novak")
            .replacingPresent("{ id: e-13, name: Sofia Reyes", with: "{ id: josé-peña, name: José Peña")
            .replacingPresent("  - id: cbjh\n", with: "  - id: jünior\n")
            .replacingPresent("school: cbjh", with: "school: jünior")
        let result = Self.run(accented)
        #expect(!result.hasErrors, "\(Self.diagnostics(result))")
        let plan = try #require(result.improvementPlan)
        #expect(plan.staff.contains { $0.id == "zoë" } && plan.staff.contains { $0.id == "josé-peña" })
        let paths = Set(try BuildOutputTests.render(plan).files.map(\.path))
        // Each byte beyond ASCII is %XX: one name on every file system, however it normalizes.
        #expect(paths.contains("people/zo%C3%AB.ics") && paths.contains("people/jos%C3%A9-pe%C3%B1a.ics"))
        #expect(paths.contains("schools/j%C3%BCnior.md") && paths.contains("schools/j%C3%BCnior-people.md"))
        // An editor following the schema marks none of them, and still marks an id with a space.
        let tree = try #require(YAMLLoader().load(SourceText(path: "cedar-bluff.yaml", bytes: Array(accented.utf8))).tree)
        let spaced = try #require(YAMLLoader().load(SourceText(path: "spaced.yaml", bytes: Array(accented.replacingPresent("id: zoë,", with: "id: zo ë,").utf8))).tree)
        let problems = try JSONSchemaValidator.validate(schema: PlanSchema.generate(),
                                                        instances: ["accented": CoreSchemaJSON.json(tree.root), "spaced": CoreSchemaJSON.json(spaced.root)])
        #expect(problems["accented"] == [])
        #expect(problems["spaced"]?.count == 1 && problems["spaced"]?.first?.hasPrefix("staff/11/id") == true, "\(problems)")
    }

    @Test func anIdWithASymbolSaysWhatAnIdMayHold() {
        let symbol = Self.plan.replacingPresent("{ id: e-12, name: Greg Novak", with: "{ id: zoë★, name: Greg Novak")
        let errors = Self.diagnostics(Self.run(symbol)).filter { $0.contains(" error: ") }
        #expect(errors.first == "\(Self.line(of: "zoë★", in: symbol)):11 error: 'id' of staff member 'zoë★' must be an id (letters of any alphabet, digits, '-', '_' or '.'), without spaces; found 'zoë★'",
                "\(errors)")
        // Invisible or lookalike-making characters are not letters: a zero-width joiner, a mark alone.
        #expect(!NodeReader.isIdentifier("zo\u{200D}e") && !NodeReader.isIdentifier("\u{308}e") && !NodeReader.isIdentifier("zoë\u{200E}"))
        #expect(NodeReader.isIdentifier("zoe\u{308}") && NodeReader.isIdentifier("müller_2") && NodeReader.isIdentifier("Ōtani.jp"))
    }

    // MARK: Grades

    @Test func kindergartenSpellingsAreReadAndTransitionalKindergartenIsAsked() throws {
        for (written, read) in [("KG-6", "K-6"), ("Pre-K-6", "PK-6"), ("PreK-6", "PK-6"), ("K–6", "K-6"), ("kg-6", "K-6")] {
            let plan = try #require(Self.run(Self.plan.replacingPresent("    grades: K-6\n", with: "    grades: \(written)\n")).improvementPlan)
            #expect(plan.schools.first?.grades.description == read, "\(written)")
        }
        let tk = Self.plan.replacingPresent("    grades: K-6\n", with: "    grades: TK-6\n")
        let errors = Self.diagnostics(Self.run(tk)).filter { $0.contains(" error: ") }
        #expect(errors == [
            "\(Self.line(of: "grades: TK-6", in: tk)):13 error: 'grades' of school 'cbe' has 'TK-6', which is not a grade; TK (transitional kindergarten) is not one of the grades a plan names (PK, K, 1 to 12); write PK for it to be planned with pre-K, or K with kindergarten",
        ], "\(errors)")
        #expect(GradeSet.parse("TK") == nil && GradeSet.parse("Pre-K")?.description == "PK")
    }

    // MARK: Training warnings where they belong

    /// Without PD days, a two-hour track has nowhere to meet: its warning is at the track, and
    /// the note about unrated staff at the first of them, not both at `training:`.
    @Test func trainingWarningsPointAtTheirTrack() throws {
        let noPDDays = Self.plan
            .replacingPresent("""
                  pd_days:
                    - { name: Fall PD day, on: 2026-10-09 }
                    - { name: January PD day, on: 2027-01-04 }
                    - { name: February PD day, on: 2027-02-15 }

                """, with: "")
            .replacingPresent("{ id: starting, name: Getting started, comfort: [1, 2], sessions: 2, minutes: 60 }",
                              with: "{ id: starting, name: Getting started, comfort: [1, 2], sessions: 2, minutes: 120 }")
            .replacingPresent("name: Ben Ahlers, school: cbe, subjects: [ela, math], grades: [4], comfort: 2 }",
                              with: "name: Ben Ahlers, school: cbe, subjects: [ela, math], grades: [4] }")
            .replacingPresent("name: Greg Novak, school: cbe, subjects: [ela, math], grades: [5], comfort: 1 }",
                              with: "name: Greg Novak, school: cbe, subjects: [ela, math], grades: [5] }")
        let result = Self.run(noPDDays)
        let training = Self.line(of: "training:", in: noPDDays), track = Self.line(of: "{ id: starting,", in: noPDDays)
        let diagnostics = Self.diagnostics(result)
        let trackWarning = try #require(diagnostics.first { $0.contains("training track 'Getting started' has no session") }, "\(diagnostics)")
        #expect(trackWarning.hasPrefix("\(track):7 warning: "), "\(trackWarning)")
        let unrated = try #require(diagnostics.first { $0.contains("no comfort rating") })
        #expect(unrated.hasPrefix("\(Self.line(of: "name: Ben Ahlers", in: noPDDays)):5 note: 2 staff have no comfort rating"), "\(unrated)")
        #expect(!diagnostics.contains { $0.hasPrefix("\(training):") }, "\(diagnostics)")
    }

    /// One PD day and groups of four: a group whose champion leads another group that day meets
    /// without one, said at the school (where more champions are recruited); the tracks short
    /// of sessions at their own lines.
    @Test func groupsWithoutAChampionPointAtTheirSchool() throws {
        let oneDay = Self.plan
            .replacingPresent("""
                    - { name: January PD day, on: 2027-01-04 }
                    - { name: February PD day, on: 2027-02-15 }

                """, with: "")
            .replacingPresent("  early_release: { day: friday, time: \"13:30-15:00\" }\n", with: "")
            .replacingPresent("max_group: 10", with: "max_group: 4")
        let diagnostics = Self.diagnostics(Self.run(oneDay))
        let without = try #require(diagnostics.first { $0.contains("without a champion to co-facilitate") }, "\(diagnostics)")
        #expect(without.hasPrefix("\(Self.line(of: "- id: cbe", in: oneDay)):5 warning: 1 training group of 'Every grade 3-6 class practises weekly' at Cedar Bluff Elementary"),
                "\(without)")
        for track in ["starting", "fluent", "leading"] {
            let name = ["starting": "Getting started", "fluent": "Building fluency", "leading": "Leading"][track]!
            let warning = try #require(diagnostics.first { $0.contains("training track '\(name)' gets") }, "\(diagnostics)")
            #expect(warning.hasPrefix("\(Self.line(of: "{ id: \(track),", in: oneDay)):7 warning: "), "\(warning)")
        }
    }

    // MARK: A duplicate made by an alias

    @Test func aDuplicateMadeByAnAliasIsReportedAtTheAlias() {
        let aliased = Self.plan
            .replacingPresent("  - { id: e-09, name: Lisa Ferreira", with: "  - &lisa { id: e-09, name: Lisa Ferreira")
            .replacingPresent("  # Cedar Bluff Junior High (8)\n", with: "  - *lisa\n  # Cedar Bluff Junior High (8)\n")
        let result = Self.run(aliased)
        let original = Self.line(of: "&lisa", in: aliased), alias = Self.line(of: "- *lisa", in: aliased)
        let duplicate = result.diagnostics.filter { $0.severity == .error }
        #expect(duplicate.map { "\($0.location!.line):\($0.location!.column) \($0.message)" } == [
            "\(alias):5 the alias '*lisa' repeats the staff member 'e-09' of line \(original), id and all; each needs its own id: write the second one out with an id of its own",
        ])
        #expect(duplicate.first?.notes.map { "\($0.location!.line) \($0.message)" } == ["\(original) the staff member 'e-09' it repeats"])
    }

    /// A goal's milestones repeated into another goal by an alias: the alias names the line.
    @Test func milestonesRepeatedByAnAliasAreReportedAtTheAlias() {
        let aliased = Self.plan
            .replacingPresent("    milestones:\n      - id: hotspot-survey\n", with: "    milestones: &steps\n      - id: hotspot-survey\n")
            .replacingPresent("\ntraining:\n", with: """
              - id: home-access-again
                title: Every family that needs one borrows a hotspot, again
                indicators: [equity-of-access]
                milestones: *steps

            training:

            """)
        let errors = Self.diagnostics(Self.run(aliased)).filter { $0.contains(" error: ") }
        let alias = Self.line(of: "milestones: *steps", in: aliased)
        #expect(errors.contains("\(alias):17 error: the alias '*steps' repeats the milestone 'hotspot-survey' of line \(Self.line(of: "- id: hotspot-survey", in: aliased)), id and all; each needs its own id: write the second one out with an id of its own"),
                "\(errors)")
        #expect(!errors.contains { $0.contains("the first is at line") })
    }
}
