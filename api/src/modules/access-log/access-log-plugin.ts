import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { RequestContext } from '../../context.js';
import type { Logger } from '../../observability/logger.js';
import { recordRead } from './access-log-store.js';
import { withNameNotes } from '../core/access-notes.js';

/**
 * Writes one access-log entry per request in which a signed-in user was shown named people's
 * personal data: who, when, which people, which fields, through which operation. It is
 * written before the answer leaves, so an answer is never sent without its entry; a failed
 * write is logged as an error (by the entry's id only) and the answer still goes out.
 */
export function useAccessLog(logger: Logger): Plugin<RequestContext> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const notes = (args.contextValue as Partial<RequestContext>).access;
      const signedIn = Boolean((args.contextValue as Partial<RequestContext>).viewer);
      // Names put into sentences by the readers are noted through the execution's async
      // context (personName); registered after compiled-execution, so this wraps its executor.
      if (notes && signedIn) setExecuteFn((a) => withNameNotes(notes, () => executeFn(a)));
      return {
        async onExecuteDone({ result }) {
          const ctx = args.contextValue as Partial<RequestContext>;
          if (isAsyncIterable(result) || !ctx.viewer || !ctx.access?.subjects.size) return;
          const op = (args.document as DocumentNode).definitions.find(
            (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!args.operationName || d.name?.value === args.operationName),
          );
          const operation =
            op?.name?.value ?? op?.selectionSet.selections.flatMap((s): string[] => (s.kind === Kind.FIELD ? [s.name.value] : [])).join(',') ?? '';
          try {
            // One auto-committed statement, not db.write: an entry changes no answer, so the
            // anonymous response cache (which forgets on every write transaction) is left alone.
            await recordRead(ctx.db!, ctx.queries!, {
              actor: ctx.viewer.id,
              operation: operation.slice(0, 100),
              subjects: [...ctx.access.subjects].sort(),
              fields: [...ctx.access.fields].sort(),
            });
          } catch (err) {
            logger.error({ err: { message: (err as Error).message }, userId: ctx.viewer.id }, 'access log: an entry could not be written');
          }
        },
      };
    },
  };
}
