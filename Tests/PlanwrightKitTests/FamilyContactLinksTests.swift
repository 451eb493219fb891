import Foundation
import Testing
@testable import PlanwrightOutputs

/// A family page links the survey, the help line and the email the plan gives: in HTML as
/// anchors, in Markdown as autolinks. Only the web, email and phone are ever linked; any other
/// address (`javascript:`, `data:`) or one that could break out of its link is shown as text,
/// escaped like every plan text.
struct FamilyContactLinksTests {
    @Test func onlyTheWebEmailAndPhoneAreLinked() {
        for good in ["https://maplevalley.k12.example/familias", "HTTP://x.example", "https://x.example/f?a=1&b=2",
                     "mailto:ayuda@x.example", "tel:+15550142200", "https://escuela.example/encuesta-año"] {
            #expect(ContactLinks.linkable(good) == good, "\(good)")
        }
        for bad in ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", "vbscript:x",
                    "https://", "https:///x", "//x.example", "x.example/form", "https:x.example", "mailto:", "",
                    "https://x.example/a b", "https://x.example/\"onmouseover=\"alert(1)", "https://x.example/<script>", "https://x.example/\u{7}"] {
            #expect(ContactLinks.linkable(bad) == nil, "\(bad)")
        }
        #expect(ContactLinks.phone("(555) 014-2200") == "tel:5550142200")
        #expect(ContactLinks.phone("+1 555.014.2200") == "tel:+15550142200")
        #expect(ContactLinks.phone("555-0142 ext. 12") == nil)
        #expect(ContactLinks.phone("1+1") == nil)
        #expect(ContactLinks.email("ayuda.familias@maplevalley.k12.example") != nil)
        #expect(ContactLinks.email("ayuda at maplevalley") == nil)
        #expect(ContactLinks.email("a@b.example?subject=x") == nil)
        #expect(ContactLinks.email("a@b.example>\"<") == nil)
    }

    /// The example's feedback line: the survey a parent taps, the address still printed.
    @Test func theExamplesFeedbackSurveyIsALinkInEveryLanguage() throws {
        let files = try BuildOutputTests.render(try GoldenOutputTests.examplePlan()).files
        let survey = "https://maplevalley.k12.example/familias"
        let pages = files.filter { $0.path.contains("-family.") }
        #expect(pages.count == 28)
        for page in pages {
            if page.path.hasSuffix(".html") {
                #expect(page.contents.contains("<a href=\"\(survey)\">\(survey)</a>"), "\(page.path)")
                #expect(page.contents.contains("<a href=\"tel:5550142200\">(555) 014-2200</a>"), "\(page.path)")
            } else {
                #expect(page.contents.contains("<\(survey)>"), "\(page.path)")
                #expect(!page.contents.contains("https\\://"), "\(page.path) escapes the address instead of linking it")
            }
        }
    }

    /// Addresses a plan may hold, safe and not, on both pages of a school.
    @Test func addressesFromThePlanAreEscapedAndOnlyTheSafeOnesLinked() throws {
        let yaml = FamilyPagesTests.inSpanish.replacingOccurrences(of: "    - what: help-line\n      phone: (555) 010-4477", with: """
                - what: help-line
                  phone: (555) 010-4477 ext. 12
                  email: ayuda@eastside.example
                - what: feedback
                  text: { en: Tell us what works., es: Díganos qué funciona. }
                  url: https://forms.example/viewform?usp=pp_url&entry.1=Eastside
                - what: other
                  text: Our old form
                  url: javascript:alert(document.cookie)
                - what: accounts
                  url: "https://x.example/\\"><script>alert(1)</script>"
            """)
        #expect(yaml != FamilyPagesTests.inSpanish)
        let pages = try FamilyPagesTests.pages(yaml)
        for language in ["en", "es"] {
            let html = try #require(pages["schools/eastside-family.\(language).html"])
            #expect(html.contains("<a href=\"https://forms.example/viewform?usp=pp_url&amp;entry.1=Eastside\">https://forms.example/viewform?usp=pp_url&amp;entry.1=Eastside</a>"))
            #expect(html.contains("<a href=\"mailto:ayuda@eastside.example\">ayuda@eastside.example</a>"))
            // Words in the number: shown, not dialled.
            #expect(html.contains(" (555) 010-4477 ext. 12") && !html.contains("tel:"))
            #expect(html.contains(" javascript:alert(document.cookie)") && !html.contains("href=\"javascript"))
            #expect(html.contains("https://x.example/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;") && !html.contains("<script>alert"))
            #expect(html.components(separatedBy: "<a href=").count - 1 == 3, "the survey, the email and the page in the other language")

            let md = try #require(pages["schools/eastside-family.\(language).md"])
            #expect(md.contains("<https://forms.example/viewform?usp=pp_url&entry.1=Eastside>"))
            #expect(md.contains("<ayuda@eastside.example>"))
            #expect(md.contains("javascript:alert(document.cookie)") && !md.contains("<javascript:"))
            #expect(md.contains("https\\://x.example/\"\\>\\<script\\>alert(1)\\</script\\>"), "shown as text, escaped")
        }
    }
}
