import { useLocation } from '../../lib/router';
import { AttemptView } from './student/AttemptView';
import { CollectView } from './results/CollectView';
import { JoinFromLink, OpenPackFile } from './student/JoinView';
import { PackBuilder } from './builder/PackBuilder';
import { PackView } from './share/PackView';
import { Presenter } from './present/Presenter';
import { PrintView } from './print/PrintView';
import { ResultsView } from './results/ResultsView';
import { WorkshopHome } from './WorkshopHome';
import './workshop.css';

/** Routes #/workshop/… : the instructor's packs, presenter, print, results; the student's run. */
export function WorkshopPage() {
  const { segments, query } = useLocation();
  const [, view, id = ''] = segments;
  switch (view) {
    case 'new':
      return <PackBuilder />;
    case 'pack':
      return <PackView key={id} packId={id} />;
    case 'present':
      return <Presenter key={id} packId={id} />;
    case 'print':
      return <PrintView key={id} packId={id} />;
    case 'results':
      return <ResultsView key={id} packId={id} />;
    case 'join':
      return <JoinFromLink key={query.get('p') ?? ''} data={query.get('p') ?? ''} />;
    case 'open':
      return <OpenPackFile />;
    case 'attempt':
      return <AttemptView key={id} attemptId={id} />;
    case 'collect':
      return <CollectView key={query.get('r') ?? ''} data={query.get('r') ?? ''} />;
    default:
      return <WorkshopHome />;
  }
}
