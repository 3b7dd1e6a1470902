/**
 * A TextModel sent by message: the background builds it on a snapshot (snapshot-document.ts), whose
 * nodes are indices, and the page turns the indices back into its own nodes. Slice maps are sent as
 * their breakpoints only: within a word the map is a plain shift, so an article's map shrinks from
 * one number a character to a few a whitespace run.
 */
import type { SnapshotNode } from "./snapshot-document";
import type { Block, NodeSlice, TextModel } from "./types";

export interface WireModel {
  text: string;
  blocks: Block[];
  title?: string;
  /** Snapshot index of the article root, -1 for the whole body. */
  root: number;
  /** Per slice: node index, start, end, then (i, map[i]) pairs where the map does not go on by one. */
  slices: number[][];
}

/** Encodes a model built on a snapshot document. */
export function encodeModel(model: TextModel): WireModel {
  const slices = model.slices.map((s) => {
    const out = [(s.node as unknown as SnapshotNode).index, s.start, s.end];
    const map = s.map;
    for (let i = 0; i < map.length; i++) {
      if (i === 0 || map[i] !== (map[i - 1] as number) + 1) out.push(i, map[i] as number);
    }
    return out;
  });
  const wire: WireModel = {
    text: model.text,
    blocks: model.blocks,
    root: model.root ? (model.root as unknown as SnapshotNode).index : -1,
    slices,
  };
  if (model.title !== undefined) wire.title = model.title;
  return wire;
}

/**
 * The page's TextModel from a wire model and the snapshot's nodes. Throws on indices that are not
 * the page's text nodes; offsets beyond a node's current text (the page changed meanwhile) are clamped.
 * A slice's map is spelled out on first use only: painting and anchoring read the maps of the few
 * slices where claims and highlights begin and end, so decoding costs a step per slice, not per character.
 */
export function decodeModel(wire: WireModel, nodes: readonly Node[]): TextModel {
  const slices: NodeSlice[] = [];
  for (const raw of wire.slices) {
    const [index, start, end] = raw as [number, number, number];
    const node = nodes[index];
    if (node?.nodeType !== 3) throw new Error("The analysis does not fit this page's text.");
    slices.push(lazySlice(node as Text, start, end, raw));
  }
  const root = wire.root >= 0 ? (nodes[wire.root] as Element | undefined) : undefined;
  const model: TextModel = { text: wire.text, blocks: wire.blocks, slices, root: root ?? null };
  if (wire.title !== undefined) model.title = wire.title;
  return model;
}

function lazySlice(node: Text, start: number, end: number, raw: number[]): NodeSlice {
  let map: number[] | undefined;
  return {
    node,
    start,
    end,
    get map() {
      map ??= expandMap(raw, end - start + 1, node.data.length);
      return map;
    },
  };
}

/** A slice's map from its breakpoints (encodeModel), each offset clamped to the node's `length`. */
function expandMap(raw: number[], size: number, length: number): number[] {
  const map: number[] = new Array(size);
  let k = 3;
  let value = 0;
  for (let i = 0; i < size; i++) {
    if (k < raw.length && raw[k] === i) {
      value = raw[k + 1] as number;
      k += 2;
    } else value++;
    map[i] = Math.min(value, length);
  }
  return map;
}
