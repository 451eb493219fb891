import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs

/// `diff` tells leaders how the district's tools changed: added, retired, used more or less,
/// decided about, connected, covered by a privacy agreement. Cedar Bluff's plan, with tool
/// inventories set on its planned result (the comparison reads only that).
struct ToolDiffTests {
    static let base: ImprovementPlan = try! SmallDistrictTrainingTests.planned()

    static func day(_ iso: String) -> SchoolDate { SchoolDate(iso: iso)! }

    static func tool(_ id: String, _ name: String, purpose: ToolPurpose? = .assessment, used: [(String, Int)] = [],
                     sso: IntegrationState = .yes, rostering: IntegrationState = .yes, privacy: PrivacyStatus? = .signed,
                     expires: String? = nil, decision: ToolAction? = .keep, by: String? = nil, vetted: Bool = true) -> PlannedTool {
        var t = PlannedTool(id: id, name: name, location: SourceLocation(file: "cedar-bluff.yaml", line: 1, column: 1))
        t.purpose = purpose
        t.utilization = used.map { UtilizationPoint(date: day($0.0), share: Share(basisPoints: $0.1 * 100)) }
        t.sso = sso
        t.rostering = rostering
        t.privacy = privacy
        t.privacyExpires = expires.map(day)
        t.decision = decision
        t.decisionBy = by.map(day)
        t.vetted = vetted
        return t
    }

    static func plan(_ tools: [PlannedTool]?, low: Int = 50, start: String? = nil) -> ImprovementPlan {
        var p = base
        if let tools {
            var e = PlannedEcosystem(lowUtilization: Share(basisPoints: low * 100))
            e.tools = tools
            p.ecosystem = e
        }
        if let start { p.start = day(start); p.end = day(start).adding(days: 275) }
        return p
    }

    static func diff(_ old: ImprovementPlan, _ new: ImprovementPlan) -> PlanDiff {
        PlanDiffer().diff(.init(planned: old, file: "old.yaml"), .init(planned: new, file: "new.yaml"))
    }

    static let lexia = tool("lexia", "Lexia Core5", purpose: .intervention, used: [("2026-09-30", 62)])
    static let seesaw = tool("seesaw", "Seesaw", purpose: .communication, used: [("2026-09-30", 48)], decision: .keep)
    static let quizlet = tool("quizlet", "Quizlet", used: [("2026-09-30", 20)])

    @Test func addedRetiredAndChangedToolsAreToldEachOnce() throws {
        var lexia = Self.lexia
        lexia.utilization.append(UtilizationPoint(date: Self.day("2026-11-30"), share: Share(basisPoints: 3_800)))
        lexia.sso = .planned
        var seesaw = Self.seesaw
        seesaw.decision = .retire
        seesaw.decisionBy = Self.day("2027-04-16")
        let kami = Self.tool("kami", "Kami", purpose: .productivity)
        let blooket = Self.tool("blooket", "Blooket", purpose: nil, vetted: false)
        let diff = Self.diff(Self.plan([Self.lexia, Self.seesaw, Self.quizlet]), Self.plan([lexia, seesaw, kami, blooket]))
        let tools = try #require(diff.tools)
        #expect(tools.added.map(\.tool) == ["kami", "blooket"])
        #expect(tools.retired == [
            RetiredTool(tool: "seesaw", name: "Seesaw", reason: .decided, oldAction: .keep, by: Self.day("2027-04-16")),
            RetiredTool(tool: "quizlet", name: "Quizlet", reason: .gone, oldAction: .keep),
        ])
        #expect(tools.changed.map(\.tool) == ["lexia"])
        let markdown = PlanDiffMarkdown.render(diff)
        #expect(markdown.contains("""

            ### Tools

            - `kami` Kami added, for productivity
            - `blooket` Blooket appears in the app report but not in the plan: in use, not vetted
            - `seesaw` Seesaw: decision to retire, due Fri, Apr 16 (was keep)
            - `quizlet` Quizlet is no longer in the inventory
            - `lexia` Lexia Core5:
              - licenses in use: 38% on Mon, Nov 30 (was 62% on Wed, Sep 30); now below the 50% threshold
              - SSO: planned (was yes)

            """), "\(markdown)")
        #expect(PlanDiffMarkdown.summary(diff).hasSuffix("2 tools added, 2 retired, 1 changed"))
    }

    @Test func utilizationIsNewsAtTenPointsOrAcrossTheThreshold() throws {
        func moved(_ from: Int, _ to: Int) -> UtilizationChange? {
            var now = Self.lexia
            now.utilization = [UtilizationPoint(date: Self.day("2026-11-30"), share: Share(basisPoints: to * 100))]
            var was = Self.lexia
            was.utilization = [UtilizationPoint(date: Self.day("2026-09-30"), share: Share(basisPoints: from * 100))]
            return Self.diff(Self.plan([was]), Self.plan([now])).tools?.changed.first?.utilization
        }
        #expect(moved(80, 71) == nil)
        #expect(moved(80, 70)?.newLow == false)
        #expect(moved(52, 49).map { $0.newLow && !$0.oldLow } == true)
        #expect(moved(45, 51).map { !$0.newLow && $0.oldLow } == true)
        #expect(moved(30, 39) == nil)
        #expect(moved(45, 51)?.threshold == Share(basisPoints: 5_000))
        var was = Self.lexia, now = Self.lexia
        was.utilization = [UtilizationPoint(date: Self.day("2026-09-30"), share: Share(basisPoints: 4_500))]
        now.utilization = [UtilizationPoint(date: Self.day("2026-11-30"), share: Share(basisPoints: 5_100))]
        #expect(PlanDiffMarkdown.render(Self.diff(Self.plan([was]), Self.plan([now])))
            .contains("  - licenses in use: 51% on Mon, Nov 30 (was 45% on Wed, Sep 30); no longer below the 50% threshold\n"))
    }

    @Test func decisionsIntegrationAndPrivacyAreEachBesideWhatTheyWere() throws {
        let was = Self.tool("lexia", "Lexia Core5", sso: .no, rostering: .planned, privacy: .pending, decision: nil)
        let now = Self.tool("lexia", "Lexia Core5", sso: .yes, rostering: .planned, privacy: .signed, expires: "2027-06-30",
                            decision: .replace, by: "2027-03-01")
        let diff = Self.diff(Self.plan([was]), Self.plan([now]))
        let change = try #require(diff.tools?.changed.first)
        #expect(change.integration == [IntegrationChange(standard: .sso, old: .no, new: .yes)])
        #expect(change.decision == DecisionChange(oldAction: nil, oldBy: nil, newAction: .replace, newBy: Self.day("2027-03-01")))
        #expect(PlanDiffMarkdown.render(diff).contains("""
            - `lexia` Lexia Core5:
              - decision: replace, decided by Mon, Mar 1 (was none)
              - SSO: yes (was no)
              - data privacy agreement: signed, until Wed, Jun 30, 2027 (was pending)

            """))
    }

    @Test func aReplacementIsNamedByTheToolThatTakesItsPlace() throws {
        let canvas = Self.tool("canvas", "Canvas *LMS*", purpose: .lms)
        var now = Self.tool("schoology", "Schoology", purpose: .lms, decision: .replace)
        now.replacement = "canvas"
        let diff = Self.diff(Self.plan([Self.tool("schoology", "Schoology", purpose: .lms), canvas]), Self.plan([now, canvas]))
        #expect(diff.tools?.changed.first?.decision?.newReplacement == "Canvas *LMS*")
        #expect(PlanDiffMarkdown.render(diff).contains("- `schoology` Schoology:\n  - decision: replace with Canvas \\*LMS\\* (was keep)\n"))
    }

    @Test func acrossSchoolYearsAReviewDayThatMovesIsNotAChange() throws {
        let was = Self.tool("lexia", "Lexia Core5", by: "2026-04-16")
        let now = Self.tool("lexia", "Lexia Core5", by: "2027-04-16")
        #expect(Self.diff(Self.plan([was], start: "2025-08-20"), Self.plan([now])).tools == nil)
        #expect(Self.diff(Self.plan([Self.tool("lexia", "Lexia Core5", by: "2027-03-16")]), Self.plan([now])).tools?.changed.first?.decision != nil)
    }

    @Test func unchangedToolsOrNoneAreNotInTheDiffOrItsJSON() throws {
        let same = Self.diff(Self.plan([Self.lexia, Self.seesaw]), Self.plan([Self.lexia, Self.seesaw]))
        #expect(same.tools == nil && same.isEmpty)
        #expect(try !same.json().contains("\"tools\""))
        #expect(Self.diff(Self.plan(nil), Self.plan(nil)).tools == nil)
        let json = try Self.diff(Self.plan(nil), Self.plan([Self.lexia])).json()
        #expect(json.contains("\"tools\"") && json.contains("\"added\"") && json.contains("\"lexia\""))
    }

    @Test func theToolsSectionIsInSpanish() throws {
        let es = try #require(Wording.load(language: "es").value)
        var lexia = Self.lexia
        lexia.utilization.append(UtilizationPoint(date: Self.day("2026-11-30"), share: Share(basisPoints: 3_800)))
        lexia.rostering = .planned
        var seesaw = Self.seesaw
        seesaw.decision = .retire
        let kami = Self.tool("kami", "Kami", purpose: .productivity)
        let diff = Self.diff(Self.plan([Self.lexia, Self.seesaw, Self.quizlet]), Self.plan([lexia, seesaw, kami]))
        let markdown = PlanDiffMarkdown.render(diff, es)
        #expect(markdown.contains("""

            ### Herramientas

            - Se añadió `kami` Kami, para la productividad
            - `seesaw` Seesaw: decisión de retirarla (antes: conservar)
            - `quizlet` Quizlet ya no está en el inventario
            - `lexia` Lexia Core5:
              - licencias en uso: 38% el lun 30 nov (antes: 62% el mié 30 sept); ahora por debajo del umbral del 50%
              - OneRoster: previsto (antes: sí)

            """), "\(markdown)")
        #expect(PlanDiffMarkdown.summary(diff, es).hasSuffix("1 herramienta añadida, 2 retiradas, 1 cambiada"))
    }
    /// The realistic change of `DiffCommandTests`, from two YAML files: Quizlet dropped, Seesaw
    /// retired after its review, IXL rostered and signed but used less, BrainPOP piloted.
    @Test func twoVersionsOfTheExamplePlanTellTheirToolsChanges() throws {
        let tools = try #require(DiffLanguageTests.realisticDiff.tools)
        #expect(tools.added.map(\.tool) == ["brainpop"])
        #expect(tools.retired.map(\.tool) == ["seesaw", "quizlet"] && tools.retired.map(\.reason) == [.decided, .gone])
        #expect(tools.changed.map(\.tool) == ["ixl"])
        let ixl = try #require(tools.changed.first)
        #expect(ixl.utilization?.oldLow == false && ixl.utilization?.newLow == true)
        #expect(ixl.integration == [IntegrationChange(standard: .rostering, old: .planned, new: .yes)])
        let es = try #require(Wording.load(language: "es").value)
        let markdown = PlanDiffMarkdown.render(DiffLanguageTests.realisticDiff, es)
        #expect(markdown.contains("\n### Herramientas\n\n- Se añadió `brainpop` BrainPOP, para el currículo\n"), "\(markdown)")
        #expect(markdown.contains("  - acuerdo de privacidad de datos: firmado, vigente hasta el "))
        #expect(PlanDiffMarkdown.summary(DiffLanguageTests.realisticDiff, es).contains("1 herramienta añadida, 2 retiradas, 1 cambiada"))
    }
}
