import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel

struct RatingAimTests {
    let scale = RatingScale(levels: ["Not started", "Emerging", "Developing", "Established"], firstNumber: 1, bands: [])

    func rating(_ current: Int, _ target: Int?) -> Rating {
        let location = SourceLocation(file: "t", line: 1, column: 1)
        return Rating(indicator: Reference("i", at: location), current: Level(current), target: target.map(Level.init),
                      evidence: nil, raters: [], schools: [], location: location)
    }

    @Test func aWrittenTargetIsTheAim() {
        #expect(scale.aim(of: rating(1, 3)) == Level(3))
        #expect(scale.aim(of: rating(2, 2)) == Level(2))
    }

    @Test func noTargetAimsOneLevelUpButNotPastTheTop() {
        #expect(scale.aim(of: rating(1, nil)) == Level(2))
        #expect(scale.aim(of: rating(3, nil)) == Level(3))
    }
}
