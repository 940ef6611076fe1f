import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import type { OpenedMap } from '../../../../shared/api/contract';
import { compareDocs } from '../../../../shared/history/compare';
import { docDelta } from '../../../../shared/history/delta';
import type { TandemDoc } from '../../../../shared/schema/document';
import type { VersionInfo, VersionReason } from '../../../../shared/schema/version';
import { createFakeHost, sampleOpened, type FakeHost } from '../../../../test/helpers/renderEditor';
import type { TandemClient } from '../../../api/client';
import { createEditorStore } from '../../../store/editorStore';
import { EditorStoreProvider } from '../../../store/EditorStoreProvider';

/** Versions as the host keeps them, in memory: each with its document, oldest first. */
export interface FakeVersions {
  kept: { info: VersionInfo; doc: TandemDoc }[];
  /** Keeps the host's map as it is now (or `doc`), as the host's `history/save` would. */
  keep(reason: VersionReason, name: string | null, at?: string, doc?: TandemDoc): VersionInfo;
}

/**
 * Teaches the fake host the `history/*` calls, with the real comparison and delta of `shared/history`, so the panel,
 * the banner and the store are tested against answers of the contract's shape. Exports answer `unsupported`, as the
 * host does until they are built.
 */
export function installHistory(host: FakeHost): FakeVersions {
  const client: TandemClient = host.client;
  const versions: FakeVersions = {
    kept: [],
    keep(reason, name, at = new Date().toISOString(), doc = host.doc) {
      const previous = versions.kept.at(-1)?.doc;
      const info: VersionInfo = {
        id: `v${versions.kept.length + 1}`,
        name,
        reason,
        createdAt: at,
        revision: host.revision,
        changes: previous ? compareDocs(previous, doc).counts : [],
        size: {
          stages: doc.stages.length,
          lanes: doc.lanes.length,
          cards: doc.cards.length,
          links: doc.links.length,
          painPoints: doc.painPoints.length,
        },
      };
      versions.kept.push({ info, doc });
      return info;
    },
  };
  const find = (ref: string) => versions.kept.find((v) => v.info.id === ref || v.info.name === ref);
  const missing = (ref: string) => ({
    ok: false as const,
    error: { code: 'not_found' as const, message: `no version is named ${ref}` },
  });
  client['history/list'] = async () => ({
    ok: true,
    data: { versions: [...versions.kept].reverse().map((v) => v.info) },
  });
  client['history/save'] = async ({ name }) => ({ ok: true, data: versions.keep('named', name) });
  client['history/read'] = async ({ id }) => {
    const v = find(id);
    return v ? { ok: true, data: { version: v.info, doc: v.doc } } : missing(id);
  };
  client['history/compare'] = async ({ from, to }) => {
    const a = find(from);
    const b = to === null ? { doc: host.doc } : find(to);
    return a && b ? { ok: true, data: compareDocs(a.doc, b.doc) } : missing(from);
  };
  client['history/restore'] = async ({ id }) => {
    const v = find(id);
    if (!v) return missing(id);
    const command = docDelta(host.doc, v.doc);
    if (command) versions.keep('before-restore', null);
    return { ok: true, data: { command } };
  };
  client['history/exportComparison'] = async () => ({
    ok: false,
    error: { code: 'unsupported', message: 'Exporting a comparison is not built yet.' },
  });
  return versions;
}

/**
 * Renders `ui` over a fake host that keeps versions (`setup` may keep some first); returns the store, the host and
 * its versions.
 */
export function renderWithHistory(
  ui: ReactElement | ((host: FakeHost) => ReactElement),
  setup?: (versions: FakeVersions, host: FakeHost) => void,
  opened: OpenedMap = sampleOpened(),
) {
  const host = createFakeHost(opened);
  const versions = installHistory(host);
  setup?.(versions, host);
  const store = createEditorStore(opened, host.client);
  const result = render(
    <EditorStoreProvider store={store}>{typeof ui === 'function' ? ui(host) : ui}</EditorStoreProvider>,
  );
  return { ...result, store, host, versions };
}
