package jp.konbini.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.Envelope;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.IssueResponse;
import jp.konbini.protocol.MessageType;
import jp.konbini.protocol.ProtocolLimits;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** PROTOCOL.md is the spec: its hex examples and tables must say what the code does. */
class ProtocolDocExamplesTest {

    private static final Path SPEC = Path.of("PROTOCOL.md");
    private static final Pattern MARKER = Pattern.compile("<!-- (example|refused|signed-content|binding-content): (.+?) -->");
    private static final ProtocolLimits LIMITS = ProtocolLimits.defaults();

    /** One fenced hex block and the marker line above it. */
    record Block(String kind, String name, byte[] bytes) {
    }

    @TestFactory
    Stream<DynamicTest> everyExampleDecodesToTheMessageItNames() throws IOException {
        Map<String, Envelope> expected = SampleMessages.documented();
        return blocks("example").stream().map(block -> DynamicTest.dynamicTest(block.name(), () -> {
            assertThat(expected).containsKey(block.name());
            for (EmbeddedChannel ch : receivingPipelines()) {
                ch.writeInbound(Unpooled.wrappedBuffer(block.bytes()));

                assertThat((Envelope) ch.readInbound()).isEqualTo(expected.get(block.name()));
                assertThat(ch.finish()).isFalse();
            }
        }));
    }

    /** Unknown fields are not kept, so only the plain per-type examples can be compared byte for byte. */
    @TestFactory
    Stream<DynamicTest> everyMessageExampleIsExactlyWhatASenderWrites() throws IOException {
        return blocks("example").stream()
                .filter(block -> Arrays.stream(MessageType.values()).anyMatch(t -> t.name().equals(block.name())))
                .map(block -> DynamicTest.dynamicTest(block.name(), () -> {
                    EmbeddedChannel ch = pipeline();

                    ch.writeOutbound(SampleMessages.documented().get(block.name()));

                    ByteBuf wire = ch.readOutbound();
                    assertThat(ByteBufUtil.getBytes(wire)).isEqualTo(block.bytes());
                    wire.release();
                    assertThat(ch.finish()).isFalse();
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyRefusedExampleIsRefusedWithItsCode() throws IOException {
        return blocks("refused").stream().map(block -> DynamicTest.dynamicTest(block.name(), () -> {
            for (EmbeddedChannel ch : receivingPipelines()) {
                Throwable thrown = catchThrowable(() -> ch.writeInbound(Unpooled.wrappedBuffer(block.bytes())));

                assertThat(thrown).isInstanceOf(MalformedMessageException.class);
                assertThat(((MalformedMessageException) thrown).errorCode()).isEqualTo(ErrorCode.valueOf(block.name()));
                assertThat(ch.finish()).isFalse();
            }
        }));
    }

    @Test
    void everyMessageTypeHasAnExample() throws IOException {
        List<String> names = blocks("example").stream().map(Block::name).toList();

        for (MessageType type : MessageType.values()) {
            assertThat(names).contains(type.name());
        }
    }

    @Test
    void theSignedContentExampleIsWhatTheCardSigns() throws IOException {
        List<Block> signed = blocks("signed-content");

        assertThat(signed).singleElement().satisfies(block -> {
            assertThat(block.name()).isEqualTo("ISSUE_REQUEST");
            assertThat(block.bytes()).isEqualTo(SampleMessages.ISSUE_REQUEST.signedContent());
        });
    }

    @Test
    void theBindingContentExampleIsWhatTheHubSigns() throws IOException {
        List<Block> binding = blocks("binding-content");
        IssueResponse documented = (IssueResponse) SampleMessages.documented().get("ISSUE_RESPONSE").message();

        assertThat(binding).singleElement().satisfies(block -> {
            assertThat(block.name()).isEqualTo("ISSUE_RESPONSE");
            assertThat(block.bytes()).isEqualTo(documented.bindingContent(SampleMessages.KIOSK_KEY));
        });
    }

    @Test
    void theErrorTableListsEveryCodeAsTheKioskShowsIt() throws IOException {
        String spec = Files.readString(SPEC);

        for (ErrorCode code : ErrorCode.values()) {
            String row = "| %d | %s | %s | %s | %s |".formatted(code.code(), code.name(),
                    code.retryable() ? "yes" : "no", code.japanese(), code.english());
            assertThat(spec).contains(row);
        }
    }

    @Test
    void theCertificateTableListsEveryType() throws IOException {
        String spec = Files.readString(SPEC);

        for (CertificateType type : CertificateType.values()) {
            assertThat(spec).contains("| %d | `%s` | %s |".formatted(type.code(), type.cliName(), type.japaneseName()));
        }
    }

    /** Both ways a node reads: frames then messages (as a relay's frames would be read), and in place. */
    private static List<EmbeddedChannel> receivingPipelines() {
        return List.of(pipeline(),
                new EmbeddedChannel(new EnvelopeDecoder(LIMITS), new FrameEncoder(), new MessageCodec(LIMITS)));
    }

    private static EmbeddedChannel pipeline() {
        return new EmbeddedChannel(new FrameDecoder(LIMITS.maxFrameLength()), new FrameEncoder(),
                new MessageCodec(LIMITS));
    }

    private static List<Block> blocks(String kind) throws IOException {
        List<String> lines = Files.readAllLines(SPEC);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARKER.matcher(lines.get(i).trim());
            if (!m.matches() || !m.group(1).equals(kind)) {
                continue;
            }
            assertThat(lines.get(i + 1).trim()).as("line after %s", lines.get(i)).isEqualTo("```hex");
            StringBuilder hex = new StringBuilder();
            int j = i + 2;
            for (; !lines.get(j).trim().equals("```"); j++) {
                hex.append(lines.get(j)).append('\n');
            }
            blocks.add(new Block(kind, m.group(2), Wire.hex(hex.toString())));
            i = j;
        }
        assertThat(blocks).as("%s blocks in %s", kind, SPEC.toAbsolutePath()).isNotEmpty();
        return blocks;
    }
}
