// A Server Component: the content comes from the server (a JSON import here; a CMS or a database in
// a real site) and is passed to the client component, which owns the result handler.
import content from '../../content.json';
import { Widgets } from './widgets';

export default function Page() {
  return (
    <main>
      <h1>Application Next.js</h1>
      <Widgets content={content} />
    </main>
  );
}
