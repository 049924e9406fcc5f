import ArgumentParser
import Foundation
import LeadprintWeb

/// `leadprint serve`: the web app for people who do not use a terminal.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the leadprint web page: fill in a form, see page 1 as it will print, download the PDF and its job file.",
        discussion: "Binds to 127.0.0.1 (this machine only) by default; any other host needs --token, which browsers enter once on a login page and API clients send as 'Authorization: Bearer TOKEN'.")

    @Option(name: .long, help: "Address to listen on.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "TCP port (0 picks a free one).")
    var port: Int = 8080

    @Option(name: .long, help: "Access token; required when --host is not loopback.")
    var token: String?

    @Option(name: .long, help: "Render workers (default: the number of cores).")
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535 (got \(port))") }
        guard (1...64).contains(workers) else { throw ValidationError("--workers must be 1 to 64 (got \(workers))") }
        do { try settings.validate() } catch { throw ValidationError("\(error)") }
    }

    var settings: WebSettings {
        var settings = WebSettings()
        settings.host = host
        settings.port = port
        settings.token = token
        settings.workers = workers
        return settings
    }

    func run() async throws {
        let app = try WebApp(settings: settings)
        if !settings.isLoopback {
            FileHandle.standardError.write(Data("warning: serving on \(host): every machine that can reach it can print with leadprint (token required)\n".utf8))
        }
        let host = self.host
        try await app.application { port in
            // Unbuffered, so a script or test reading the pipe sees the address at once.
            FileHandle.standardOutput.write(Data("leadprint serving on http://\(host.contains(":") ? "[\(host)]" : host):\(port)/  (Ctrl-C stops it)\n".utf8))
        }.runService()
    }
}
