import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import Layout
import LeadprintKit
import LeadprintServe
import Logging
import Yams

/// `leadprint serve`: one page and a JSON API over the print engine, rendering on a bounded worker pool.
public struct WebApp: Sendable {
    let settings: WebSettings
    let resources: URL
    let pool: RenderPool
    /// The job history's routes, with `--data`.
    let history: HistoryRoutes?

    /// Creates the app; fails when a non-loopback host has no token or the page's files are missing.
    public init(settings: WebSettings) throws {
        try settings.validate()
        self.settings = settings
        resources = try BundledResources.folder().appendingPathComponent("web")
        pool = RenderPool(workers: settings.workers, queueLimit: settings.queueLimit)
        history = try HistoryRoutes.open(settings).map { [pool] in HistoryRoutes(history: $0, pool: pool) }
    }

    /// The router with every route and middleware.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.middlewares.add(RequestLog())
        router.middlewares.add(HostCheck(settings: settings))
        router.middlewares.add(MethodCheck(allowed: ["/": [.get], "/app.js": [.get], "/app.css": [.get], "/openapi.json": [.get], "/login": [.get, .post],
                                                     "/api/options": [.get], "/api/preview": [.post], "/api/render": [.post], "/api/job": [.post]].merging(HistoryRoutes.methods) { $1 }))
        router.middlewares.add(OriginCheck())
        if let token = settings.token, !token.isEmpty { router.middlewares.add(TokenGate(token: token)) }
        router.get("/") { _, _ in try self.file("index.html", type: "text/html; charset=utf-8") }
        router.get("/app.js") { _, _ in try self.file("app.js", type: "text/javascript; charset=utf-8") }
        router.get("/app.css") { _, _ in try self.file("app.css", type: "text/css; charset=utf-8") }
        router.get("/openapi.json") { _, _ in try self.file("openapi.json", type: "application/json") }
        router.get("/login") { _, _ in Self.html(TokenGate.loginPage(failed: false)) }
        router.post("/login") { request, _ in try await TokenGate.login(request, token: self.settings.token ?? "") }
        router.get("/api/options") { _, _ in try await self.respond { try self.options() } }
        router.post("/api/preview") { request, context in
            try await self.respond {
                let body = try await self.decode(request)
                let dpi = try self.dpi(request)
                let preview = try await self.pool.run { try self.preview(body, dpi: dpi) }
                var headers: HTTPFields = [.contentType: "image/png"]
                headers[HTTPField.Name("X-Page-Count")!] = String(preview.pageCount)
                return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: preview.png)))
            }
        }
        router.post("/api/render") { request, _ in
            try await self.respond {
                let body = try await self.decode(request)
                let (data, name, type) = try await self.pool.run { try self.render(body) }
                return Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""],
                                body: .init(byteBuffer: ByteBuffer(bytes: data)))
            }
        }
        router.post("/api/job") { request, _ in
            try await self.respond {
                let body = try await self.decode(request)
                let (yaml, name) = try await self.pool.run { try self.jobFile(body) }
                return Response(status: .ok, headers: [.contentType: "application/yaml; charset=utf-8", .contentDisposition: "attachment; filename=\"\(name).yaml\""],
                                body: .init(byteBuffer: ByteBuffer(string: yaml)))
            }
        }
        if let history { history.add(to: router) } else { HistoryRoutes.addAbsent(to: router) }
        return router
    }

    /// The application bound to the settings' host and port.
    public func application(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        var logger = Logger(label: "leadprint")
        logger.logLevel = .warning
        let settings = settings
        let server = HTTPServerBuilder.http1(configuration: .init(additionalChannelHandlers: [
            ReadDeadlines(headerSeconds: settings.headerSeconds, bodySeconds: settings.bodySeconds, bodyLimit: settings.bodyLimit),
        ]))
        return Application(router: router(), server: server,
                           configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "leadprint"),
                           onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) }, logger: logger)
    }

    // MARK: Handlers

    private func respond(_ body: () async throws -> Response) async throws -> Response {
        do { return try await body() } catch { return try ErrorResponse.response(for: error) }
    }

    private func decode(_ request: Request) async throws -> WebRequest {
        // Refused before a byte of the body is read (the connection's own check does the same below the router).
        if let declared = request.headers[.contentLength], ReadDeadlines.exceeds(declared, settings.bodyLimit) {
            throw ServerError.bodyTooLarge(limit: settings.bodyLimit)
        }
        let buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: settings.bodyLimit) } catch {
            throw ServerError.bodyTooLarge(limit: settings.bodyLimit)
        }
        let data = Data(buffer: buffer)
        try RequestCheck.check(data)
        let body: WebRequest
        do { body = try JSONDecoder().decode(WebRequest.self, from: data) } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
            // The body is JSON (checked above), but Foundation gives a number that does not fit its field (`"sets": 1.5`) no path.
            if let located = RequestCheck.locate(data) { throw located }
            throw ServerError.badRequest("the request body is not JSON: \(context.underlyingError.map { "\($0)" } ?? context.debugDescription)")
        } catch let error as DecodingError {
            throw error
        } catch {
            throw ServerError.badRequest("the request body is not JSON: \(error)")
        }
        if let catalog = body.catalog, catalog.utf8.count > settings.uploadLimit { throw ServerError.uploadTooLarge(field: "catalog", limit: settings.uploadLimit) }
        if body.job.output != nil { throw ServerError.badRequest("output: a web request names no file on the server; the file comes back in the response") }
        try Self.refuseServerPaths(body.job)
        // Checked for every endpoint, though a preview takes its resolution from `?dpi=`: a job file must not hold what rendering refuses.
        if let dpi = body.job.dpi, !PrintEngine.dpiRange.contains(dpi) { throw ServerError.badField(field: "dpi", message: LeadprintError.dpiOutOfRange(dpi).description) }
        return body
    }

    private func dpi(_ request: Request) throws -> Double {
        guard let text = request.uri.queryParameters.get("dpi") else { return settings.previewDPI }
        guard let dpi = Double(text), (36...300).contains(dpi) else { throw ServerError.badParameter(name: "dpi", value: text, expected: "36 to 300") }
        return dpi
    }

    /// An engine over the bundled data or the uploaded catalog; one per request, since the typesetter is not shared across threads.
    private func engine(_ body: WebRequest) -> PrintEngine {
        let catalog: Sources.Catalog = body.catalog.map { .text($0, name: body.catalogName.map(Self.safeName) ?? "uploaded catalog") } ?? .bundled
        return PrintEngine(sources: Sources(catalog: catalog))
    }

    private func checkLimits(_ engine: PrintEngine, _ job: PrintJob) throws {
        let tags = try engine.tagCount(for: job.document)
        guard tags <= settings.tagLimit else { throw ServerError.tooManyTags(count: tags, limit: settings.tagLimit) }
    }

    private func preview(_ body: WebRequest, dpi: Double) throws -> Preview {
        let engine = engine(body)
        try checkLimits(engine, body.job)
        return try engine.preview(body.job, dpi: dpi, deadline: Deadline(seconds: settings.renderSeconds))
    }

    private func render(_ body: WebRequest) throws -> (Data, String, String) {
        let engine = engine(body)
        try checkLimits(engine, body.job)
        let format = try engine.formats(for: body.job)
        guard format.count == 1 else { throw ServerError.badRequest("format: a request renders one format") }
        let data = try engine.data(body.job, deadline: Deadline(seconds: settings.renderSeconds))
        try history?.record(body.job, engine: engine, data: data, uploadedCatalog: body.catalog != nil)
        let type = switch format[0] { case .pdf: "application/pdf"; case .png: "image/png"; case .svg: "image/svg+xml"
            // Printer languages: bytes for the printer, not for the browser to show.
            case .ptouch, .zpl: "application/octet-stream" }
        return (data, "\(try engine.defaultName(for: body.job.document)).\(format[0].rawValue)", type)
    }

    private func jobFile(_ body: WebRequest) throws -> (String, String) {
        let engine = engine(body)
        _ = try engine.document(for: body.job.document)
        // The job file is checked as rendering would check it, so it never holds what `leadprint run` then refuses.
        _ = try engine.formats(for: body.job)
        var job = body.job
        job.output = nil
        let note = body.catalog != nil ? "# Made with an uploaded catalog: add `catalog: FILE` naming your copy of it.\n" : ""
        return (note + (try YAMLEncoder().encode(JobFile(jobs: [job]))), try engine.defaultName(for: body.job.document))
    }

    private func options() throws -> Response {
        let engine = PrintEngine()
        let catalog = try engine.catalog()
        let presets = try engine.presets()
        func names(_ kinds: Set<Preset.Kind>) -> [String] { presets.presets(ofKinds: kinds).map(\.name) }
        let options = Options(version: Version.current,
                              series: catalog.series.map { .init(id: $0.id, name: $0.name, leads: $0.leadCount) },
                              labelPresets: names([.sheet, .roll]), cardPresets: names([.card]), pagePresets: names([.page]))
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: try JSONEncoder().encode(options))))
    }

    private struct Options: Encodable {
        struct SeriesInfo: Encodable { var id: String; var name: String; var leads: Int }
        var version: String
        var series: [SeriesInfo]
        var labelPresets: [String]
        var cardPresets: [String]
        var pagePresets: [String]
    }

    private func file(_ name: String, type: String) throws -> Response {
        let data = try Data(contentsOf: resources.appendingPathComponent(name))
        return Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// Refuses every job field that would read or write a file on the server, or print on its printers: a request carries its data.
    static func refuseServerPaths(_ job: PrintJob) throws {
        if job.print != nil { throw ServerError.badRequest("print: the web app returns the PDF; print it from your machine, or use leadprint --print") }
        if job.printer?.send != nil { throw ServerError.badRequest("printer.send: the web app sends nothing to a printer; it returns the file") }
        // The same list of path fields that --print-job makes absolute: a field added there is refused here.
        guard let field = job.document.pathFields.first else { return }
        let reason = switch field.key {
        case "brand": "a web request names no brand file on the server; use leadprint --brand on your machine"
        case "order-file": "a web request names no file on the server; send the order's lines in order"
        case "summary-json": "a web request writes no file on the server"
        case "template": "a web request names a shipped template (signal, site, compact), not a file on the server"
        default: "a web request names no file on the server"
        }
        throw ServerError.badRequest("\(field.key): \(reason)")
    }

    /// A header's value from a client, kept to printable characters and 80 of them, for messages only.
    static func printable(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.properties.generalCategory != .control }.prefix(80).map(Character.init))
    }

    /// A file name from a browser, kept to its last component and printable characters, for messages only.
    static func safeName(_ name: String) -> String {
        let last = name.split(separator: "/").last.map(String.init) ?? name
        return String(last.unicodeScalars.filter { $0.properties.generalCategory != .control }.prefix(80).map(Character.init))
    }
}
