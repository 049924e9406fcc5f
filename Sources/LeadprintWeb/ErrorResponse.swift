import Documents
import Foundation
import HTTPTypes
import Hummingbird
import Layout
import LeadCatalog
import LeadprintKit
import LeadprintServe
import Orders
import Typesetting

/// Errors as HTTP answers: a status, one located message (the same words as the command line's), and the form field it concerns.
struct ErrorResponse: Encodable {
    var error: String
    var field: String?

    /// The status and body for any error a request can meet.
    static func of(_ error: Error) -> (HTTPResponse.Status, ErrorResponse) {
        switch error {
        case let error as ServerError:
            switch error {
            case .bodyTooLarge, .uploadTooLarge: return (.contentTooLarge, ErrorResponse(error: error.description, field: field(of: error)))
            case .busy, .timeLimit: return (.serviceUnavailable, ErrorResponse(error: error.description))
            case .tooManyTags: return (.unprocessableContent, ErrorResponse(error: error.description, field: "sets"))
            case .badRequest, .badParameter, .tokenRequired: return (.badRequest, ErrorResponse(error: error.description))
            case .unknownHost: return (.misdirectedRequest, ErrorResponse(error: error.description))
            case .crossSite: return (.forbidden, ErrorResponse(error: error.description))
            case .notJSON: return (.unsupportedMediaType, ErrorResponse(error: error.description))
            case .methodNotAllowed: return (.methodNotAllowed, ErrorResponse(error: error.description))
            case .badField(let field, _): return (.unprocessableContent, ErrorResponse(error: error.description, field: field))
            }
        case let error as DocumentError:
            return (.unprocessableContent, ErrorResponse(error: error.description, field: field(of: error)))
        case let error as OrderError:
            return (.unprocessableContent, ErrorResponse(error: error.description, field: "order"))
        case let error as CatalogError:
            return (.unprocessableContent, ErrorResponse(error: "\(error)", field: "catalog"))
        case let error as LayoutError:
            if case .unknownPreset(_, let kind, _) = error { return (.unprocessableContent, ErrorResponse(error: error.description, field: kind == "page" ? "page" : "preset")) }
            return (.unprocessableContent, ErrorResponse(error: error.description, field: "preset"))
        case let error as TypesettingError:
            if case .doesNotFit = error { return (.unprocessableContent, ErrorResponse(error: error.description, field: "preset")) }
            // A character the request typed that no installed font has is the request's problem, not the server's.
            if case .missingGlyph = error { return (.unprocessableContent, ErrorResponse(error: error.description)) }
            return (.internalServerError, ErrorResponse(error: error.description))
        case let error as LeadprintError:
            if case .timeLimit = error { return (.serviceUnavailable, ErrorResponse(error: error.description)) }
            return (.unprocessableContent, ErrorResponse(error: error.description, field: "format"))
        case let error as DecodingError:
            // The body is JSON (that was checked first): a value of the wrong kind is a field's problem.
            return (.unprocessableContent, ErrorResponse(error: describe(error), field: decodingField(error)))
        default:
            return (.internalServerError, ErrorResponse(error: String(describing: error)))
        }
    }

    private static func field(of error: ServerError) -> String? {
        if case .uploadTooLarge(let field, _) = error { return field }
        return nil
    }

    private static func field(of error: DocumentError) -> String? {
        switch error {
        case .outOfRange(let field, _, _), .malformed(let field, _, _), .needs(let field, _, _): field.rawValue
        case .unknownSeries, .duplicateSeries, .seriesCount: "series"
        case .unknownBarcode: "barcode"
        case .badTemplate, .unencodablePayload: "barcode-data"
        case .wrongPresetKind, .doesNotFit, .correctionOffMedia: "preset"
        case .badTextTemplate, .unknownTextTemplate: "template"
        case .pairDoesNotFit: "start-at"
        }
    }

    private static func path(_ error: DecodingError) -> [CodingKey] {
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): c.codingPath
        case .keyNotFound(let key, let c): c.codingPath + [key]
        @unknown default: []
        }
    }

    private static func decodingField(_ error: DecodingError) -> String? {
        path(error).last(where: { $0.intValue == nil })?.stringValue
    }

    private static func describe(_ error: DecodingError) -> String {
        let where_ = path(error).map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        let place = where_.isEmpty ? "request" : String(where_.drop { $0 == "." })
        switch error {
        case .typeMismatch(let type, _), .valueNotFound(let type, _): return "\(place): expected \(words(type))"
        case .keyNotFound: return "\(place): missing"
        case .dataCorrupted(let c): return "\(place): \(c.debugDescription)"
        @unknown default: return "\(error)"
        }
    }

    private static func words(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is String.Type: "text"
        default: "\(type)"
        }
    }

    /// The error as a JSON response.
    static func response(for error: Error) throws -> Response {
        let (status, body) = of(error)
        let data = try JSONEncoder().encode(body)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
