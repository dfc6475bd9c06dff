// The graph libraries the Network page uses, as one global (window.DragomanGraph) for a plain <script> tag.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";

window.DragomanGraph = { Graph, forceAtlas2, noverlap };
