/**
 * What every node process shares: its config file ({@link jp.konbini.node.NodeConfig}, errors name the
 * file and the line), the settings every node has ({@link jp.konbini.node.NodeSettings}) and the secure
 * pipelines on both ends of a link ({@link jp.konbini.node.SecureServer},
 * {@link jp.konbini.node.SecureClient}).
 */
package jp.konbini.node;
