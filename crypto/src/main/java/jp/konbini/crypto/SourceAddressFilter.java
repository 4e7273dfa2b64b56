package jp.konbini.crypto;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.ipfilter.AbstractRemoteAddressFilter;
import io.netty.channel.ChannelFuture;
import java.net.InetSocketAddress;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First handler of every node's pipeline: closes a connection whose source address is not in the
 * {@link AllowList}, before the TLS handler reads or writes a single byte. An admitted connection loses
 * this handler; the decision is made once, when the channel registers (or becomes active, if the
 * remote address was not known yet), as in Netty's {@code RuleBasedIpFilter}.
 */
@ChannelHandler.Sharable
public final class SourceAddressFilter extends AbstractRemoteAddressFilter<InetSocketAddress> {

    private static final Logger LOG = LoggerFactory.getLogger(SourceAddressFilter.class);

    private final AllowList allowList;
    private final String localName;

    /**
     * @param allowList the node's allow-list
     * @param localName this node's name, the prefix of every log line
     */
    public SourceAddressFilter(AllowList allowList, String localName) {
        this.allowList = Objects.requireNonNull(allowList, "allowList");
        this.localName = Objects.requireNonNull(localName, "localName");
    }

    @Override
    protected boolean accept(ChannelHandlerContext ctx, InetSocketAddress remoteAddress) {
        return remoteAddress.getAddress() != null && allowList.permitsSource(remoteAddress.getAddress());
    }

    @Override
    protected ChannelFuture channelRejected(ChannelHandlerContext ctx, InetSocketAddress remoteAddress) {
        LOG.warn("{}: refused {}: source address not in allow-list", localName, remoteAddress.getHostString());
        // Null: the filter closes the channel at once, with nothing sent.
        return null;
    }
}
