"""An evaluation on real text: real articles and real reader comments laid out as news sites do.

`sources` reads the pinned public repositories (mirrored by the look-up tools) into a compressed
sample that is never committed; `layout` turns the sample into pages with ground truth, split by
site into a development half and a sealed test half. See docs/real-corpus.md.
"""
