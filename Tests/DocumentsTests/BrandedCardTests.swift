import Documents
import Foundation
import Geometry
import LeadCatalog
import Render
import TestSupport
import Typesetting
import XCTest

/// A card back with the reseller's contact: "your installer/reseller" instead of the publisher, the publisher kept as the data's source.
final class BrandedCardTests: XCTestCase {
    func testTheBackGivesTheResellersContact() throws {
        let catalog = try CardFixtures.catalog()
        let series = try XCTUnwrap(catalog.series.first { $0.id == "PRO" })
        let brand = Brand(name: "Northwind Security Supply", address: ["1200 Harbor Way, Suite 4", "Oakland, CA 94607"], phone: "+1 510 555 0142",
                          email: "quotes@northwind.example", web: "https://northwind.example")
        let card = PinoutCard(series: series, catalog: catalog, preset: try CardFixtures.presets().preset(named: "cr80", kinds: [.card]), brand: brand)
        let target = try Tool.temporaryFolder().appendingPathComponent("card.pdf")
        _ = try Renderer().render(card.pages(typesetter: Typesetter()), to: target, settings: RenderSettings(format: .pdf))
        let back = try Tool.pdfText(target, page: 2)
        for part in ["Your installer/reseller: Northwind Security Supply", "1200 Harbor Way, Suite 4, Oakland, CA 94607",
                     "Tel +1 510 555 0142 · quotes@northwind.example", "https://northwind.example",
                     "Lead data: \(catalog.publisher.name), revision \(catalog.info.revision)"] {
            XCTAssertTrue(back.contains(part), "back lacks \(part):\n\(back)")
        }
        for part in [catalog.publisher.address, catalog.publisher.phone, catalog.publisher.email].compactMap({ $0 }) {
            XCTAssertFalse(back.contains(part), "back prints the publisher's \(part)")
        }
    }
}
