import BroadsideCore
import FlyingFox
import FlyingSocks
import Foundation

/// `broadside preview`: builds the campaign in memory at start and on every save, and serves the
/// result on 127.0.0.1 — the preview page at `/`, every file of the editions under `/editions/`, and
/// a WebSocket at `/_preview/events` that tells open pages to reload. Nothing is written to disk.
public enum PreviewServer {
    public enum Failure: Error, CustomStringConvertible {
        case source(Diagnostic)
        case portInUse(UInt16)
        case server(String)

        public var description: String {
            switch self {
            case .source(let diagnostic): DiagnosticPrinter(sourceText: nil).format(diagnostic)
            case .portInUse(let port):
                "error: port \(port) is in use on 127.0.0.1; stop what uses it, or choose another: broadside preview --port 8081\n"
            case .server(let message): "error: the preview server stopped: \(message)\n"
            }
        }
    }

    /// Runs until the task is cancelled. `announce` gets the preview's address once it listens, then the
    /// closing line of every build.
    public static func run(
        source argument: String?, port: UInt16, currentDirectory: String, announce: @escaping @Sendable (String) -> Void
    ) async throws {
        let source: String
        switch SourceFiles.locate(argument, currentDirectory: currentDirectory) {
        case .failure(let diagnostic): throw Failure.source(diagnostic)
        case .success(let located): source = located
        }
        let absolute = source.hasPrefix("/") ? source : currentDirectory + "/" + source
        let state = PreviewState()
        let pictures = PictureCache()
        await state.publish(build(absolute, pictures: pictures))
        let server = HTTPServer(
            address: try sockaddr_in.inet(ip4: "127.0.0.1", port: port), logger: .disabled,
            handler: PreviewHandler(state: state, sourceName: source))
        let folder = SourceFiles.folderPath(of: absolute)
        let stylesheet = "\(folder)/\(CustomStylesheet.fileName)"
        let shipped = "\(folder)/\(ShippedFiles.folderName)"
        let watcher = SourceWatcher {
            // The source, the stylesheet, every file the site ships and every picture in the folder
            // (one the source names but that is not there yet counts once it is).
            let everything = ((try? FileManager.default.subpathsOfDirectory(atPath: folder)) ?? []).sorted()
            return [absolute, stylesheet, shipped]
                + ((try? FileManager.default.subpathsOfDirectory(atPath: shipped)) ?? []).sorted().map {
                    "\(shipped)/\($0)"
                }
                + everything.filter(PictureFolder.isPictureName).map { "\(folder)/\($0)" }
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                do {
                    try await server.run()
                } catch SocketError.failed(type: _, errno: EADDRINUSE, message: _) {
                    throw Failure.portInUse(port)
                } catch let error as SocketError {
                    throw Failure.server(error.localizedDescription)
                }
            }
            group.addTask {
                try await server.waitUntilListening()
                if case .ip4(let host, let listening) = await server.listeningAddress {
                    announce("Broadside preview of \(source): http://\(host):\(listening)/")
                }
                announce(await state.snapshot.closingLine)
                await watcher.watch {
                    await state.publish(build(absolute, pictures: pictures))
                    announce(await state.snapshot.closingLine)
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }

    /// One build of the source in memory, with the pictures the preview shows. `pictures` keeps what the
    /// campaign's pictures gave from one save to the next: a save that leaves them as they were does not
    /// decode and scale them again.
    static func build(_ source: String, pictures: PictureCache) -> Compilation {
        switch BuildInputs.read(source, currentDirectory: "/") {
        case .success(var inputs):
            inputs.pictureCache = pictures
            return Broadside.compile(inputs, options: RenderOptions(drawsPictures: true))
        case .failure(let diagnostic):
            return Compilation(unreadable: diagnostic)
        }
    }
}

/// Answers the preview's requests from the latest snapshot.
struct PreviewHandler: HTTPHandler {
    let state: PreviewState
    let sourceName: String

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let path = request.target.path(percentEncoded: true)
        guard request.method == .GET || request.method == .HEAD else { return Self.status(.methodNotAllowed) }
        if path == "/_preview/events" {
            return try await WebSocketHTTPHandler.webSocket(ReloadMessages(state: state)).handleRequest(request)
        }
        let snapshot = await state.snapshot
        if path == "/" {
            let language = request.query.first { $0.name == "lang" }?.value
            return Self.ok(
                Data(PreviewPage.html(snapshot, source: sourceName, language: language).utf8),
                type: "text/html; charset=utf-8")
        }
        guard let name = EditionPath.file(forRequestPath: path), let file = snapshot.files[name] else {
            return Self.status(.notFound)
        }
        let type = EditionPath.contentType(of: name)
        if type.hasPrefix("text/html") {
            return Self.ok(Data(PreviewPage.inject(into: file.text, snapshot).utf8), type: type)
        }
        return Self.ok(Data(file.contents), type: type)
    }

    static func ok(_ body: Data, type: String) -> HTTPResponse {
        HTTPResponse(
            statusCode: .ok, headers: [.contentType: type, .init("Cache-Control"): "no-store"], body: body)
    }

    static func status(_ code: HTTPStatusCode) -> HTTPResponse {
        HTTPResponse(
            statusCode: code, headers: [.contentType: "text/plain; charset=utf-8"],
            body: Data("\(code.code) \(code.phrase)\n".utf8))
    }
}

/// The WebSocket an open page listens on: the generation of each new build, as text.
struct ReloadMessages: WSMessageHandler {
    let state: PreviewState

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let builds = await state.listen()
        return AsyncStream { continuation in
            let task = Task {
                for await generation in builds { continuation.yield(.text(String(generation))) }
                continuation.finish()
            }
            // The page closing its socket ends this stream and the listening with it.
            let watch = Task {
                for await _ in client {}
                task.cancel()
                continuation.finish()
            }
            continuation.onTermination = { _ in
                task.cancel()
                watch.cancel()
            }
        }
    }
}
