import { useEffect, useRef, useState, type RefObject } from 'react';
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import { buildGraphStyle } from '../lib/graph-style';

const GRAPH_STYLE = buildGraphStyle();

export interface CytoscapeHandlers {
  /** `shift`: the shift key was held (picks the node as an end of the path). */
  onNodeTap?: (id: string, modifiers: { shift: boolean }) => void;
  onBackgroundTap?: () => void;
  /** The pointer rests on a node (its rendered position), or left it (null). */
  onHover?: (target: { id: string; x: number; y: number } | null) => void;
}

/**
 * Owns the map's one Cytoscape instance: created when the container mounts, destroyed when it
 * unmounts, with every listener it adds removed again. Handlers are read through a ref, so new
 * callbacks never re-create the instance. Exposes the instance to tests as window.__haenderne.
 */
export function useCytoscape(containerRef: RefObject<HTMLElement | null>, handlers: CytoscapeHandlers): Core | null {
  const [cy, setCy] = useState<Core | null>(null);
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const instance = cytoscape({
      container,
      style: GRAPH_STYLE,
      elements: [],
      minZoom: 0.15,
      maxZoom: 3,
      boxSelectionEnabled: false,
      // Selection is React state shown with the .selected class, not Cytoscape's own.
      autounselectify: true,
    });

    const onNodeTap = (event: EventObject) =>
      handlersRef.current.onNodeTap?.(event.target.id() as string, { shift: (event.originalEvent as MouseEvent | undefined)?.shiftKey === true });
    const onTap = (event: EventObject) => {
      if (event.target === instance) handlersRef.current.onBackgroundTap?.();
    };
    const onOver = (event: EventObject) => {
      event.target.addClass('hover');
      container.style.cursor = 'pointer';
      const p = event.target.renderedPosition() as { x: number; y: number };
      handlersRef.current.onHover?.({ id: event.target.id() as string, x: p.x, y: p.y });
    };
    const onOut = (event: EventObject) => {
      event.target.removeClass('hover');
      container.style.cursor = '';
      handlersRef.current.onHover?.(null);
    };
    // The card would stay behind at the old place.
    const onViewport = () => handlersRef.current.onHover?.(null);
    instance.on('tap', 'node', onNodeTap);
    instance.on('tap', onTap);
    instance.on('mouseover', 'node', onOver);
    instance.on('mouseout', 'node', onOut);
    instance.on('viewport', onViewport);

    const resizeObserver = new ResizeObserver(() => instance.resize());
    resizeObserver.observe(container);

    window.__haenderne = { cy: instance };
    setCy(instance);

    return () => {
      resizeObserver.disconnect();
      instance.off('tap', 'node', onNodeTap);
      instance.off('tap', onTap);
      instance.off('mouseover', 'node', onOver);
      instance.off('mouseout', 'node', onOut);
      instance.off('viewport', onViewport);
      if (window.__haenderne?.cy === instance) delete window.__haenderne;
      instance.destroy();
      setCy(null);
    };
  }, [containerRef]);

  return cy;
}
