/**
 * WPQ's own default model pack, written in our own words from public facts about the Skills for
 * Care Workforce Productivity and Quality Model. It contains none of Skills for Care's wording:
 * organisations that hold a licence for the official wording import it as a pack of their own.
 *
 * Benchmarks are published figures with their source and publication date; where no national figure
 * was found, or a figure's publication date is unknown, the measure says so in `benchmarkNote`
 * instead of carrying an invented number or date.
 */
import type { ModelPack, Statement } from '../schema';

// CQC single assessment framework quality statements (ids used below).
const SHARED_DIRECTION = 'qs.wl.shared-direction';
const CAPABLE_LEADERS = 'qs.wl.capable-leaders';
const SPEAK_UP = 'qs.wl.speak-up';
const WORKFORCE_EDI = 'qs.wl.workforce-edi';
const GOVERNANCE = 'qs.wl.governance';
const PARTNERSHIPS = 'qs.wl.partnerships';
const LEARNING_IMPROVEMENT = 'qs.wl.learning-improvement';
const ENVIRONMENTAL = 'qs.wl.environmental';
const SAFE_STAFFING = 'qs.safe.staffing';
const LEARNING_CULTURE = 'qs.safe.learning-culture';
const WORKFORCE_WELLBEING = 'qs.caring.workforce-wellbeing';
const KINDNESS = 'qs.caring.kindness';

// Adult social care Well-led key lines of enquiry (2017).
const W1 = 'kloe.w1';
const W2 = 'kloe.w2';
const W3 = 'kloe.w3';
const W4 = 'kloe.w4';
const W5 = 'kloe.w5';

const SFC = 'Skills for Care';
const SFC_ANNUAL_2025 =
  'Skills for Care, annual report on the state of the adult social care sector and workforce in England, 2024/25 data';
const SFC_ANNUAL_2024 =
  'Skills for Care, annual report on the state of the adult social care sector and workforce in England, 2023/24 data';
const SFC_ANNUAL_2019 = 'Skills for Care, The state of the adult social care sector and workforce in England, 2019 (2018/19 data)';

function statement(id: string, text: string, qualityStatementIds: string[], kloeIds: string[], evidence?: string): Statement {
  return evidence === undefined ? { id, text, qualityStatementIds, kloeIds } : { id, text, evidence, qualityStatementIds, kloeIds };
}

export const defaultPack: ModelPack = {
  formatVersion: 1,
  id: 'wpq-default',
  version: '1.0.0',
  title: 'WPQ default model pack',
  description:
    'Self-assessment statements for leaders, short questions for staff, workforce measures, suggested actions and resources for the four pillars of the Workforce Productivity and Quality Model and its cross-cutting digital theme, written by WPQ in its own words.',
  language: 'en-GB',
  date: '2026-11-25',
  licence: {
    text:
      "The statements, descriptions, measures, suggested actions and notes in this pack are WPQ's own wording. They are not Skills for Care's wording, and Skills for Care has not reviewed or endorsed them. They were written from public facts about the Workforce Productivity and Quality Model, such as the names of its four pillars and its cross-cutting digital theme. Organisations that hold a licence from Skills for Care for the official wording of the model can import that wording as their own model pack.",
    attribution:
      'The Workforce Productivity and Quality Model is published by Skills for Care, which owns its official text. National benchmarks come mostly from Skills for Care workforce intelligence based on the Adult Social Care Workforce Data Set (ASC-WDS), and otherwise from the public body or research organisation named with each one; every benchmark names its own source and publication date. CQC quality statement and key line of enquiry titles are used only to show how statements relate to them.'
  },
  notes: [
    "The mapping from each statement to CQC quality statements and to the adult social care Well-led key lines of enquiry (W1 to W5) is WPQ's own proposal. It is not an official mapping by Skills for Care or CQC.",
    'CQC is changing its assessment approach after the 2024 review. The CQC catalogue in this pack is data and can be updated without changing the app.',
    'Quality statement titles marked as a paraphrase could not be confirmed against CQC pages and may differ from the official wording.',
    'Benchmarks were compiled in November 2026 from published summaries. Check them against the latest Skills for Care publication before relying on them.',
    'The rating scales are our own. The official model does not publish a scale that we could confirm, so both scales can be changed in a pack.'
  ],
  scales: {
    leaders: {
      id: 'scale.leaders-maturity',
      name: 'How well established is this?',
      description:
        'Four levels, from not in place to leading the way. The numbers run from 1 to 4, like the way CQC scores quality statements.',
      options: [
        { value: 1, label: 'Not in place', description: 'This rarely happens, or only by chance.' },
        { value: 2, label: 'Starting out', description: 'Some of this happens, but not reliably or not everywhere.' },
        { value: 3, label: 'Established', description: 'This happens reliably across the organisation.' },
        {
          value: 4,
          label: 'Leading the way',
          description: 'This is part of how we work; we review and improve it, and others learn from us.'
        }
      ],
      notApplicable: { label: "Don't know yet", description: 'We need to find out before we can say. This is not counted in any score.' }
    },
    staff: {
      id: 'scale.staff-agreement',
      name: 'How much do you agree?',
      options: [
        { value: 1, label: 'Strongly disagree' },
        { value: 2, label: 'Disagree' },
        { value: 3, label: 'Neither agree nor disagree' },
        { value: 4, label: 'Agree' },
        { value: 5, label: 'Strongly agree' }
      ],
      notApplicable: { label: "Don't know or does not apply", description: 'This answer is not counted in any score.' }
    }
  },
  pillars: [
    {
      id: 'culture',
      name: 'Vision, values, culture and supervision',
      shortName: 'Culture and supervision',
      crossCutting: false,
      description:
        'A shared purpose and values that people can see in everyday work, an open culture where people speak up and learn from mistakes, and regular protected supervision for every worker.',
      formerNames: ['Culture and supervision'],
      thingsToMeasure: [
        {
          id: 'culture.measure.supervision',
          text: 'How often each worker has one-to-one supervision, how long sessions last, and how many are cancelled.',
          measureIds: ['supervision-on-schedule']
        },
        { id: 'culture.measure.preparation', text: 'How workers and supervisors prepare for supervision, and whether values come up in it.' },
        { id: 'culture.measure.mistakes', text: 'Whether staff feel able to talk about mistakes, and what happens after they do.' },
        { id: 'culture.measure.concerns', text: 'What happens to staff who raise concerns about standards of care.' },
        {
          id: 'culture.measure.turnover',
          text: 'Turnover, starters and the reasons people give for leaving.',
          measureIds: ['turnover-rate', 'starters-rate']
        }
      ],
      thingsToDo: [
        {
          id: 'culture.do.protect-supervision',
          text: 'Agree how often supervision happens and protect the time for it. The draft model suggested about an hour and a half with a manager every six weeks.',
          resourceIds: ['res.sfc-effective-supervision']
        },
        {
          id: 'culture.do.review-culture',
          text: 'Review the culture with staff through more than one route, such as team discussions and anonymous surveys, and say what will change.',
          resourceIds: ['res.sfc-culture-for-care']
        },
        { id: 'culture.do.values-in-practice', text: 'Bring values into recruitment, induction, supervision and team meetings with real examples from practice.' }
      ],
      thingsThatHelp: [
        { id: 'culture.help.record', text: 'A simple supervision record that both people can see and add to between sessions.' },
        {
          id: 'culture.help.guides',
          text: 'Practical guides on supervision and workplace culture for adult social care.',
          resourceIds: ['res.sfc-effective-supervision', 'res.sfc-culture-for-care']
        },
        { id: 'culture.help.speak-up-route', text: 'A known way to raise concerns that does not depend on the line manager.' }
      ],
      leaderStatements: [
        statement(
          'culture.l01',
          'Our vision and values are written down, were shaped with staff and people who draw on care, and are easy to find.',
          [SHARED_DIRECTION],
          [W1],
          'Values on display and in the staff handbook; notes of the sessions where staff helped write them.'
        ),
        statement(
          'culture.l02',
          'Managers use our values when they recruit, induct, supervise and appraise staff.',
          [SHARED_DIRECTION, SAFE_STAFFING],
          [W1],
          'Values-based interview questions; values on induction and supervision records.'
        ),
        statement(
          'culture.l03',
          'Every worker has protected one-to-one supervision on a planned schedule, and we check that it happens.',
          [SAFE_STAFFING],
          [W1],
          'A supervision schedule and a record of sessions held, moved or missed.'
        ),
        statement(
          'culture.l04',
          'Supervision covers practice, learning, wellbeing and values, and both people prepare for it.',
          [SAFE_STAFFING, SHARED_DIRECTION],
          [W1],
          'A supervision agenda both people add to; examples of actions agreed and followed up.'
        ),
        statement(
          'culture.l05',
          'Staff are encouraged to talk openly about mistakes and near misses, and we use them to learn rather than to blame.',
          [LEARNING_CULTURE, SPEAK_UP],
          [W1, W4],
          'Incident reviews that focus on learning; changes made after a mistake was shared.'
        ),
        statement(
          'culture.l06',
          'When staff raise concerns about standards of care, we respond quickly, keep them informed and make sure they are not treated unfairly as a result.',
          [SPEAK_UP],
          [W3],
          'A log of concerns raised, responses and outcomes; staff survey results on speaking up.'
        ),
        statement(
          'culture.l07',
          'We review our workplace culture regularly, using staff views gathered in more than one way, and act on what we find.',
          [SHARED_DIRECTION, SPEAK_UP],
          [W1, W3],
          'Survey results, notes of team discussions and the actions that followed.'
        )
      ],
      staffStatements: [
        statement('culture.s01', 'I know what good care looks like here.', [SHARED_DIRECTION], [W1]),
        statement('culture.s02', 'I have regular time with my manager to talk about my work.', [SAFE_STAFFING], [W1]),
        statement('culture.s03', 'I can talk about a mistake without fear of blame.', [LEARNING_CULTURE, SPEAK_UP], [W1]),
        statement('culture.s04', 'If I raise a worry about care, someone listens and acts.', [SPEAK_UP], [W3]),
        statement('culture.s05', 'Managers here do what they ask us to do.', [SHARED_DIRECTION, CAPABLE_LEADERS], [W1])
      ]
    },
    {
      id: 'leadership',
      name: 'Inclusive leadership and management',
      shortName: 'Leadership',
      crossCutting: false,
      description:
        'Leaders who are visible and approachable, who share leadership across the organisation, who treat every member of a diverse workforce fairly, and who check that management systems help people do good work.',
      formerNames: ['Leadership and management'],
      thingsToMeasure: [
        { id: 'leadership.measure.visibility', text: 'How often staff on each shift and site see and hear from senior leaders.' },
        { id: 'leadership.measure.shared', text: 'How widely leadership is shared, for example who leads on topics such as medicines, dementia or digital.' },
        { id: 'leadership.measure.systems', text: 'How you judge whether your management systems add value or only add work.' },
        { id: 'leadership.measure.learning-from-staff', text: 'What leaders learn from the people they supervise, and what changed as a result.' },
        {
          id: 'leadership.measure.fairness',
          text: 'Differences in turnover, progression and disciplinary action between groups of staff.',
          measureIds: ['turnover-rate', 'vacancy-rate']
        }
      ],
      thingsToDo: [
        { id: 'leadership.do.time-with-staff', text: 'Plan regular time for leaders with staff on every shift, including nights and weekends.' },
        { id: 'leadership.do.champions', text: 'Name staff champions for key topics and give them time and support to lead.' },
        { id: 'leadership.do.equality-data', text: 'Look at equality data on recruitment, progression and leavers each year and agree actions.' }
      ],
      thingsThatHelp: [
        {
          id: 'leadership.help.networks',
          text: 'Local networks where registered managers meet peers, share practice and feel less alone.',
          resourceIds: ['res.sfc-rm-networks']
        },
        {
          id: 'leadership.help.programmes',
          text: 'Development programmes for managers and aspiring managers, including programmes for Black and Asian managers.',
          resourceIds: ['res.sfc-moving-up']
        }
      ],
      leaderStatements: [
        statement(
          'leadership.l01',
          'Leaders are visible and approachable: staff on every shift and in every service see and hear from them regularly.',
          [CAPABLE_LEADERS],
          [W1, W3],
          'A plan of leader visits across shifts; staff feedback on how often they see leaders.'
        ),
        statement(
          'leadership.l02',
          'Leadership is shared: staff at every level take responsibility for areas of work, and decisions are made close to the people they affect.',
          [CAPABLE_LEADERS, GOVERNANCE],
          [W2],
          'Named leads and champions with time set aside; examples of decisions taken by teams.'
        ),
        statement(
          'leadership.l03',
          'We treat staff fairly and consistently in recruitment, rotas, pay, progression and discipline, and we check for unfair differences between groups.',
          [WORKFORCE_EDI],
          [W1, W2],
          'Equality monitoring of recruitment, promotion and disciplinary cases, with actions.'
        ),
        statement(
          'leadership.l04',
          'Staff from every background, including those recruited from overseas, have equal access to development and promotion, and we act when they do not.',
          [WORKFORCE_EDI, CAPABLE_LEADERS],
          [W1],
          'Who takes part in development and who is promoted, broken down by group.'
        ),
        statement(
          'leadership.l05',
          'We regularly check whether our management systems and processes help staff give good care, and we change or remove those that do not.',
          [GOVERNANCE],
          [W2],
          'Reviews of forms, meetings and checks, with what was simplified or stopped.'
        ),
        statement(
          'leadership.l06',
          'Leaders ask for feedback from the people they manage and change how they lead as a result.',
          [CAPABLE_LEADERS],
          [W1, W4],
          'Upward feedback or 360-degree reviews; changes leaders made in response.'
        ),
        statement(
          'leadership.l07',
          'We plan for future leadership by developing new managers and making sure key roles are covered.',
          [GOVERNANCE, CAPABLE_LEADERS],
          [W2, W4],
          'A succession plan; deputies and senior carers on development programmes.'
        )
      ],
      staffStatements: [
        statement('leadership.s01', 'I often see and hear from the people who run this place.', [CAPABLE_LEADERS], [W1]),
        statement('leadership.s02', 'I am treated fairly at work, wherever I come from.', [WORKFORCE_EDI], [W1]),
        statement('leadership.s03', 'My manager asks what I think and acts on it.', [CAPABLE_LEADERS], [W3]),
        statement('leadership.s04', 'I am told about changes before they happen.', [CAPABLE_LEADERS, SHARED_DIRECTION], [W3]),
        statement('leadership.s05', 'I have a fair chance of a better job here.', [WORKFORCE_EDI], [W1])
      ]
    },
    {
      id: 'learning',
      name: 'Learning and development',
      shortName: 'Learning',
      crossCutting: false,
      description:
        'Learning that starts with a good induction, continues through each person\'s working life, takes place mostly in paid time, is shared with the team and makes a difference that people who draw on care notice.',
      thingsToMeasure: [
        {
          id: 'learning.measure.hours',
          text: 'Hours of learning per worker per year, and how much of it happens in paid time.',
          measureIds: ['training-hours-per-worker']
        },
        {
          id: 'learning.measure.qualifications',
          text: 'How many staff have completed the Care Certificate, and how many care and support workers hold a relevant qualification at Level 2 or above.',
          measureIds: ['care-certificate', 'relevant-qualification-level-2']
        },
        { id: 'learning.measure.difference', text: 'Whether people who draw on care notice a difference after staff have had specific training.' },
        { id: 'learning.measure.sharing', text: 'How learning is shared with the wider team after a course or event.' }
      ],
      thingsToDo: [
        { id: 'learning.do.plans', text: 'Agree a learning plan with each worker and review it in supervision.' },
        { id: 'learning.do.paid-time', text: 'Make learning part of paid working time wherever possible.' },
        {
          id: 'learning.do.funding',
          text: 'Use the training funding available to adult social care employers, and keep your workforce data complete so that you can claim it.',
          resourceIds: ['res.dhsc-ldss', 'res.sfc-asc-wds']
        }
      ],
      thingsThatHelp: [
        {
          id: 'learning.help.care-certificate',
          text: 'The Care Certificate standards as the basis of induction for new care staff.',
          resourceIds: ['res.cqc-care-certificate']
        },
        { id: 'learning.help.peer-teaching', text: 'Short team sessions where staff teach each other what they have learned.' },
        { id: 'learning.help.funding', text: 'Government training funding for adult social care.', resourceIds: ['res.dhsc-ldss'] }
      ],
      leaderStatements: [
        statement(
          'learning.l01',
          'Every new care worker without a relevant qualification has an induction that covers the Care Certificate standards, with support before working alone.',
          [SAFE_STAFFING],
          [W4],
          'Induction records and Care Certificate progress for each new starter.'
        ),
        statement(
          'learning.l02',
          'Each worker has a learning plan, agreed in supervision or appraisal, that reflects their role, interests and career goals.',
          [SAFE_STAFFING, LEARNING_IMPROVEMENT],
          [W4],
          'Learning plans on file and reviewed at least once a year.'
        ),
        statement(
          'learning.l03',
          'Most learning takes place in paid time, and we know how many hours of learning each worker has in a year.',
          [SAFE_STAFFING],
          [W4],
          'Training hours per worker, split into paid and unpaid time.'
        ),
        statement(
          'learning.l04',
          'We support care and support workers to gain a relevant qualification at Level 2 or above and to progress beyond it.',
          [SAFE_STAFFING, LEARNING_IMPROVEMENT],
          [W4],
          'Qualification figures in the ASC-WDS; staff currently enrolled on qualifications.'
        ),
        statement(
          'learning.l05',
          'Staff share what they have learned with their team, and we make time for this.',
          [LEARNING_IMPROVEMENT, LEARNING_CULTURE],
          [W4],
          'Team meeting notes with learning shared; peer teaching sessions.'
        ),
        statement(
          'learning.l06',
          'We check whether training changes practice, including by asking people who draw on care and their families whether they notice a difference.',
          [LEARNING_IMPROVEMENT, KINDNESS],
          [W3, W4],
          'Observations of practice after training; feedback from people and families.'
        ),
        statement(
          'learning.l07',
          'Our training records are complete and up to date in the Adult Social Care Workforce Data Set, and we use them to plan learning.',
          [GOVERNANCE, SAFE_STAFFING],
          [W2, W4],
          'ASC-WDS records updated since 1 April this year; a training plan based on them.'
        )
      ],
      staffStatements: [
        statement('learning.s01', 'I had good training when I started this job.', [SAFE_STAFFING], [W4]),
        statement('learning.s02', 'I get the training I need to do my job well.', [SAFE_STAFFING], [W4]),
        statement('learning.s03', 'I am paid for the time I spend on training.', [SAFE_STAFFING], [W4]),
        statement('learning.s04', 'My manager and I talk about what I want to learn next.', [SAFE_STAFFING, LEARNING_IMPROVEMENT], [W4]),
        statement('learning.s05', 'I can share what I learn with my team.', [LEARNING_IMPROVEMENT], [W4])
      ]
    },
    {
      id: 'wellbeing',
      name: 'Employee health and wellbeing',
      shortName: 'Health and wellbeing',
      crossCutting: false,
      description:
        'Looking after the physical and mental health of staff: breaks and rest, hours people can sustain, support after distressing events, fair terms, and attention to both sickness absence and working while unwell.',
      formerNames: ['Health and wellbeing', 'Sickness and presenteeism'],
      thingsToMeasure: [
        {
          id: 'wellbeing.measure.sickness',
          text: 'Sickness days per worker, and patterns such as long-term absence.',
          measureIds: ['sickness-days-per-worker']
        },
        { id: 'wellbeing.measure.presenteeism', text: 'Whether staff who never take sick leave go on to need more time off later.' },
        { id: 'wellbeing.measure.long-hours', text: 'Whether long working hours are linked to more mistakes or incidents.' },
        { id: 'wellbeing.measure.leaders', text: "How leaders' own sickness and working while unwell compare with what they expect of staff." },
        {
          id: 'wellbeing.measure.retention-factors',
          text: 'How many care and support workers have the five factors linked to staying.',
          measureIds: ['retention-factors', 'zero-hours-share']
        }
      ],
      thingsToDo: [
        { id: 'wellbeing.do.ask', text: 'Ask staff what would most help their wellbeing, and act on the top items first.' },
        { id: 'wellbeing.do.rotas', text: 'Check rotas for long runs of shifts and short gaps between them.' },
        { id: 'wellbeing.do.return-to-work', text: 'Hold a supportive conversation with each person when they return from absence.' }
      ],
      thingsThatHelp: [
        { id: 'wellbeing.help.support-service', text: 'An employee assistance or counselling service, and trained wellbeing champions.' },
        {
          id: 'wellbeing.help.positive-place',
          text: 'Guidance on retaining staff by creating a positive place to work.',
          resourceIds: ['res.sfc-positive-place']
        }
      ],
      leaderStatements: [
        statement(
          'wellbeing.l01',
          'We have a wellbeing plan that staff helped to shape, and we check whether it makes a difference.',
          [WORKFORCE_WELLBEING],
          [W3],
          'The plan, how staff shaped it and how its effect is reviewed.'
        ),
        statement(
          'wellbeing.l02',
          'We track sickness absence and also watch for people working while unwell, and we look at both together.',
          [WORKFORCE_WELLBEING, GOVERNANCE],
          [W2, W3],
          'Sickness figures over time; return-to-work records; survey answers about coming in while ill.'
        ),
        statement(
          'wellbeing.l03',
          'Rotas give staff proper breaks, rest between shifts and hours they can sustain, and we watch whether long hours lead to mistakes.',
          [WORKFORCE_WELLBEING, SAFE_STAFFING],
          [W2, W3],
          'Rota checks; hours worked per person; incidents looked at alongside hours.'
        ),
        statement(
          'wellbeing.l04',
          'Staff have somewhere to rest, eat and drink during their breaks, including staff who work in the community.',
          [WORKFORCE_WELLBEING],
          [W3],
          'Rest areas on each site; arrangements for staff who visit people at home.'
        ),
        statement(
          'wellbeing.l05',
          'Staff can get support quickly after a distressing event, such as a death, an assault or an allegation against them.',
          [WORKFORCE_WELLBEING, SPEAK_UP],
          [W3],
          'Debriefs held after incidents; access to counselling or an assistance service.'
        ),
        statement(
          'wellbeing.l06',
          'We review our terms, such as sick pay, pension, contracted hours and pay above the minimum wage, with keeping staff in mind.',
          [WORKFORCE_WELLBEING, GOVERNANCE],
          [W2],
          'A review of terms against the five factors linked to staying.'
        ),
        statement(
          'wellbeing.l07',
          'Leaders look after their own health and set a good example on rest, working hours and staying at home when ill.',
          [CAPABLE_LEADERS, WORKFORCE_WELLBEING],
          [W1, W3],
          "Leaders' own hours and leave taken; what staff say about the example leaders set."
        )
      ],
      staffStatements: [
        statement('wellbeing.s01', 'I can take my breaks at work.', [WORKFORCE_WELLBEING], [W3]),
        statement('wellbeing.s02', 'There is a place where I can rest on my break.', [WORKFORCE_WELLBEING], [W3]),
        statement('wellbeing.s03', 'My hours leave me enough time to rest.', [WORKFORCE_WELLBEING, SAFE_STAFFING], [W3]),
        statement('wellbeing.s04', 'I do not feel I have to come to work when I am ill.', [WORKFORCE_WELLBEING], [W3]),
        statement('wellbeing.s05', 'My manager cares about how I am.', [WORKFORCE_WELLBEING, CAPABLE_LEADERS], [W3]),
        statement('wellbeing.s06', 'I can get help if something bad or sad happens at work.', [WORKFORCE_WELLBEING, SPEAK_UP], [W3])
      ]
    },
    {
      id: 'digital',
      name: 'Digital tools and digital leadership',
      shortName: 'Digital',
      crossCutting: true,
      description:
        'A theme that runs across all four pillars: how the organisation chooses and uses digital tools, how leaders lead their use, how staff are supported to use them with confidence, and how information is kept safe.',
      thingsToMeasure: [
        { id: 'digital.measure.confidence', text: 'How confident staff feel using the digital tools their role needs.' },
        {
          id: 'digital.measure.data-quality',
          text: 'How complete and up to date your workforce data is, including your ASC-WDS records.',
          resourceIds: ['res.sfc-asc-wds']
        }
      ],
      thingsToDo: [
        { id: 'digital.do.lead', text: 'Name a digital lead and agree which tasks should move to digital tools first.' },
        { id: 'digital.do.buddies', text: 'Pair staff who are less confident with digital buddies.' }
      ],
      thingsThatHelp: [
        {
          id: 'digital.help.strategy',
          text: 'Principles for digital confidence and safe information sharing in adult social care.',
          resourceIds: ['res.sfc-digital-strategy']
        }
      ],
      leaderStatements: [
        statement(
          'digital.l01',
          'Leaders have a clear plan for how digital tools will support care and the workforce, and they lead by using those tools themselves.',
          [GOVERNANCE, LEARNING_IMPROVEMENT],
          [W2, W4],
          'A digital plan with named leads; leaders using the same tools as staff.'
        ),
        statement(
          'digital.l02',
          'Staff get training and support to use the digital tools their role needs, and we check how confident they feel.',
          [LEARNING_IMPROVEMENT, SAFE_STAFFING],
          [W4],
          'Digital skills in induction; confidence checks; digital buddies.'
        ),
        statement(
          'digital.l03',
          'We keep personal information secure, and staff know how to share it safely when they need to.',
          [GOVERNANCE],
          [W2],
          'Data protection training records; a current information security policy.'
        ),
        statement(
          'digital.l04',
          'We use our workforce data, including the Adult Social Care Workforce Data Set, to spot problems early and plan improvements.',
          [GOVERNANCE, LEARNING_IMPROVEMENT],
          [W2, W4],
          'Regular reports on turnover, vacancies and sickness, with actions taken.'
        ),
        statement(
          'digital.l05',
          'Digital tools free up staff time for care, and we ask staff which tools help and which get in the way.',
          [LEARNING_IMPROVEMENT, WORKFORCE_WELLBEING],
          [W4],
          'Staff feedback on digital tools; tools changed or dropped as a result.'
        ),
        statement(
          'digital.l06',
          'We share information digitally with partner organisations, such as health services, in a safe and timely way.',
          [PARTNERSHIPS, GOVERNANCE],
          [W5],
          'Information sharing agreements; secure email or shared records with partners.'
        )
      ],
      staffStatements: [
        statement('digital.s01', 'I have the phones, tablets or computers I need for my job.', [GOVERNANCE], [W2]),
        statement('digital.s02', 'I got help to learn the apps I use at work.', [LEARNING_IMPROVEMENT], [W4]),
        statement("digital.s03", "I know how to keep people's details safe on a phone or computer.", [GOVERNANCE], [W2]),
        statement('digital.s04', 'The apps we use save me time.', [LEARNING_IMPROVEMENT], [W4])
      ]
    }
  ],
  measures: [
    {
      id: 'turnover-rate',
      name: 'Staff turnover rate',
      pillarIds: ['culture', 'leadership', 'wellbeing'],
      definition:
        'Leavers in the last 12 months as a percentage of directly employed workers (permanent and temporary contracts), as in the Adult Social Care Workforce Data Set.',
      formula: 'percentage',
      numerator: { counts: 'Directly employed workers who left the organisation for any reason.', period: 'The last 12 months' },
      denominator: {
        counts: 'Directly employed workers on permanent or temporary contracts (not agency or bank workers).',
        period: 'On the day you count'
      },
      unit: '%',
      higherIsBetter: false,
      dataSource: 'ASC-WDS workplace fields: leavers in the last 12 months and staff numbers.',
      benchmarks: [
        {
          kind: 'national',
          value: 24.7,
          period: '2024/25',
          scope: 'Independent sector, England',
          source: SFC_ANNUAL_2025,
          publisher: SFC,
          publishedOn: '2025-10',
          note: 'Down from 25.8% in 2023/24.'
        },
        {
          kind: 'national',
          value: 23.1,
          period: '2024/25',
          scope: 'All sectors, England',
          source: SFC_ANNUAL_2025,
          publisher: SFC,
          publishedOn: '2025-10',
          note: 'Taken from one published summary of the report and not cross-checked against the report itself.'
        },
        {
          kind: 'national',
          value: 24.2,
          period: '2023/24',
          scope: 'England',
          source: SFC_ANNUAL_2024,
          publisher: SFC,
          publishedOn: '2024-10',
          note: 'About 350,000 leavers.'
        }
      ],
      note:
        'WPQ uses the Skills for Care denominator: directly employed workers now. The NHS version averages the headcount at the start and end of the year, which gives a different figure, so do not compare the two.'
    },
    {
      id: 'under-25-turnover-rate',
      name: 'Turnover of care workers under 25',
      pillarIds: ['learning', 'wellbeing', 'leadership'],
      definition:
        'Care workers aged under 25 who left in the last 12 months as a percentage of directly employed care workers aged under 25.',
      formula: 'percentage',
      numerator: { counts: 'Directly employed care workers aged under 25 who left for any reason.', period: 'The last 12 months' },
      denominator: { counts: 'Directly employed care workers aged under 25.', period: 'On the day you count' },
      unit: '%',
      higherIsBetter: false,
      dataSource: 'ASC-WDS worker fields: main job role, date of birth and start date; workplace leavers.',
      benchmarks: [
        {
          kind: 'national',
          value: 44.6,
          period: '2023/24',
          scope: 'Care workers aged under 25, England',
          source: SFC_ANNUAL_2024,
          publisher: SFC,
          publishedOn: '2024-10',
          note: 'The latest figure found; no 2024/25 figure for this group was found.'
        }
      ]
    },
    {
      id: 'starters-rate',
      name: 'Starters rate',
      pillarIds: ['culture', 'leadership'],
      definition: 'Starters in the last 12 months as a percentage of directly employed workers.',
      formula: 'percentage',
      numerator: { counts: 'Directly employed workers who joined the organisation.', period: 'The last 12 months' },
      denominator: { counts: 'Directly employed workers on permanent or temporary contracts.', period: 'On the day you count' },
      unit: '%',
      higherIsBetter: false,
      dataSource: 'ASC-WDS workplace fields: starters in the last 12 months and staff numbers.',
      benchmarks: [],
      benchmarkNote:
        'No dated national benchmark was found. Skills for Care reported starters rates of 37% to 39% for 2017/18 and 2018/19 on its recruitment and retention pages, but we could not find when those figures were published, so they are not used as a benchmark here.',
      note: 'A high starters rate usually means many posts are being filled again after leavers, so read it beside turnover. The same denominator as turnover is used; Skills for Care did not publish the formula in what we found.'
    },
    {
      id: 'vacancy-rate',
      name: 'Vacancy rate',
      pillarIds: ['leadership', 'wellbeing'],
      definition: 'Vacant posts as a percentage of all posts (filled posts plus vacant posts).',
      formula: 'percentage',
      numerator: { counts: 'Posts you are actively trying to fill.', period: 'On the day you count' },
      denominator: { counts: 'All posts: filled posts plus vacant posts.', period: 'On the day you count' },
      unit: '%',
      higherIsBetter: false,
      dataSource: 'ASC-WDS workplace fields: current vacancies and staff numbers.',
      benchmarks: [
        {
          kind: 'national',
          value: 7.0,
          period: '2024/25',
          scope: 'England',
          source: SFC_ANNUAL_2025,
          publisher: SFC,
          publishedOn: '2025-10',
          note: 'About 111,000 vacant posts out of 1.71 million posts.'
        },
        {
          kind: 'national',
          value: 8.3,
          period: '2023/24',
          scope: 'England',
          source: SFC_ANNUAL_2024,
          publisher: SFC,
          publishedOn: '2024-10'
        },
        {
          kind: 'national',
          value: 9.9,
          period: '2022/23',
          scope: 'England',
          source: 'Skills for Care, annual report on the state of the adult social care sector and workforce in England, 2022/23 data',
          publisher: SFC,
          publishedOn: '2023-10'
        }
      ],
      note: 'Skills for Care reports the share of posts that are vacant; the formula here is our reading of that and was not confirmed in a published definition.'
    },
    {
      id: 'sickness-days-per-worker',
      name: 'Sickness days per worker',
      pillarIds: ['wellbeing'],
      definition: 'The average number of days of sickness absence per worker in the last 12 months.',
      formula: 'per-worker',
      numerator: { counts: 'Days of sickness absence recorded for directly employed workers.', period: 'The last 12 months' },
      denominator: { counts: 'Directly employed workers with a sickness record.', period: 'On the day you count' },
      unit: 'days per worker',
      higherIsBetter: false,
      dataSource: 'ASC-WDS worker field: days of sickness in the last 12 months.',
      benchmarks: [
        {
          kind: 'national',
          value: 4.8,
          period: '2018/19',
          scope: 'All sectors, England',
          source: SFC_ANNUAL_2019,
          publisher: SFC,
          publishedOn: '2019-09',
          note: 'Older figure, from before the Covid pandemic: the latest national average found. About 6.9 million days were lost to sickness in the year.'
        },
        {
          kind: 'national',
          value: 4.7,
          period: '2018/19',
          scope: 'Independent sector, England',
          source: SFC_ANNUAL_2019,
          publisher: SFC,
          publishedOn: '2019-09',
          note: 'Older figure. Care workers in the independent sector averaged 5.0 days.'
        },
        {
          kind: 'national',
          value: 10.4,
          period: '2018/19',
          scope: 'Local authorities, England',
          source: SFC_ANNUAL_2019,
          publisher: SFC,
          publishedOn: '2019-09',
          note: 'Older figure. Care workers in local authorities averaged 12.3 days; terms and conditions differ between sectors.'
        }
      ],
      benchmarkNote:
        'No national average for 2023/24 or 2024/25 was found, so the benchmarks are from 2018/19, before the Covid pandemic. Sickness rose during the pandemic: a monthly tracker showed 8.7 days in April 2022 against a pre-Covid level of 5.6, so compare your figure with the older ones with care.'
    },
    {
      id: 'zero-hours-share',
      name: 'Workers on zero-hours contracts',
      pillarIds: ['wellbeing'],
      definition: 'Workers on zero-hours contracts as a percentage of all directly employed workers.',
      formula: 'percentage',
      numerator: { counts: 'Directly employed workers recorded as being on a zero-hours contract.', period: 'On the day you count' },
      denominator: { counts: 'Directly employed workers.', period: 'On the day you count' },
      unit: '%',
      higherIsBetter: false,
      dataSource: 'ASC-WDS worker field: zero-hours contract (yes or no).',
      benchmarks: [
        {
          kind: 'national',
          value: 21,
          period: '2023/24',
          scope: 'All services, England',
          source: SFC_ANNUAL_2024,
          publisher: SFC,
          publishedOn: '2024-10',
          note: 'Older figure: the latest national figure found. No 2024/25 figure was found.'
        },
        {
          kind: 'national',
          value: 37,
          period: '2023/24',
          scope: 'Domiciliary care services, England',
          source: SFC_ANNUAL_2024,
          publisher: SFC,
          publishedOn: '2024-10',
          note: 'Older figure: the latest national figure found for domiciliary care.'
        }
      ],
      note: 'Not being on a zero-hours contract is one of the five factors linked to staying.'
    },
    {
      id: 'care-certificate',
      name: 'Care Certificate completed or in progress',
      pillarIds: ['learning'],
      definition: 'Workers in care-giving roles recorded as having completed, or working towards, the Care Certificate, as a percentage of all workers in care-giving roles.',
      formula: 'percentage',
      numerator: {
        counts: 'Workers in care-giving roles whose record shows the Care Certificate as completed or in progress.',
        period: 'On the day you count'
      },
      denominator: { counts: 'All workers in care-giving roles.', period: 'On the day you count' },
      unit: '%',
      higherIsBetter: true,
      dataSource: 'ASC-WDS worker field: Care Certificate.',
      benchmarks: [
        {
          kind: 'national',
          value: 67,
          period: 'Starters from April 2015, reported in 2018',
          scope: 'Care workers new to the sector since April 2015, England',
          source: 'House of Commons Committee of Public Accounts, The adult social care workforce in England (HC 690, session 2017 to 2019)',
          publisher: 'House of Commons Committee of Public Accounts',
          publishedOn: '2018-05',
          url: 'https://publications.parliament.uk/pa/cm201719/cmselect/cmpubacc/690/69007.htm',
          note: 'Older figure: the latest national figure found. The committee gave it as "around two-thirds" of care workers new to the sector having completed or started the Care Certificate; 67% is that share rounded.'
        }
      ],
      benchmarkNote:
        'The only national figure found covers care workers new to the sector since the Care Certificate began, not everyone in a care-giving role, so it compares best with your figure for staff who joined in the last few years. CQC expects the Care Certificate to be the benchmark for induction of new care staff; it has 15 standards and has been in use since April 2015.'
    },
    {
      id: 'relevant-qualification-level-2',
      name: 'Relevant qualification at Level 2 or above',
      pillarIds: ['learning'],
      definition: 'Care and support workers holding a relevant adult social care qualification at Level 2 or above, as a percentage of all care and support workers.',
      formula: 'percentage',
      numerator: {
        counts: 'Care and support workers whose highest relevant social care qualification is Level 2 or above.',
        period: 'On the day you count'
      },
      denominator: { counts: 'All care and support workers (direct care roles).', period: 'On the day you count' },
      unit: '%',
      higherIsBetter: true,
      dataSource: 'ASC-WDS worker fields: social care qualification and its highest level.',
      benchmarks: [
        {
          kind: 'national',
          value: 38,
          period: '2024/25',
          scope: 'Care and support workers, England',
          source: SFC_ANNUAL_2025,
          publisher: SFC,
          publishedOn: '2025-10'
        },
        {
          kind: 'national',
          value: 41,
          period: '2023/24',
          scope: 'Care and support workers, England',
          source: SFC_ANNUAL_2025,
          publisher: SFC,
          publishedOn: '2025-10',
          note: 'As given for comparison in the 2024/25 report.'
        },
        {
          kind: 'national',
          value: 48,
          period: '2018/19',
          scope: 'Care and support workers, England',
          source: SFC_ANNUAL_2025,
          publisher: SFC,
          publishedOn: '2025-10',
          note: 'As given for comparison in the 2024/25 report.'
        },
        {
          kind: 'target',
          value: 80,
          period: 'Aim of the 15-year strategy from 2024',
          scope: 'Direct care staff, England',
          source: 'Workforce Strategy for adult social care',
          publisher: SFC,
          publishedOn: '2024-07',
          note: 'A sector aim, not a current national figure.'
        }
      ],
      note: 'A relevant qualification is one of the five factors linked to staying.'
    },
    {
      id: 'supervision-on-schedule',
      name: 'Supervision on schedule',
      pillarIds: ['culture'],
      definition: 'Workers whose last one-to-one supervision took place within the interval your supervision policy sets, as a percentage of all workers due supervision.',
      formula: 'percentage',
      numerator: {
        counts: 'Workers whose most recent one-to-one supervision was within the interval set in your policy.',
        period: 'On the day you count'
      },
      denominator: { counts: 'All workers who should receive supervision under your policy.', period: 'On the day you count' },
      unit: '%',
      higherIsBetter: true,
      dataSource: 'Your own supervision records; the ASC-WDS has no supervision field.',
      benchmarks: [],
      benchmarkNote:
        "No national benchmark exists. The draft model (2018/19) suggested about an hour and a half of protected supervision with a manager every six weeks, which you may use as your policy's interval."
    },
    {
      id: 'training-hours-per-worker',
      name: 'Learning hours per worker',
      pillarIds: ['learning'],
      definition: 'The average number of hours of learning and development per worker in the last 12 months. Record paid and unpaid hours separately.',
      formula: 'per-worker',
      numerator: {
        counts: 'Hours of learning and development completed by workers, including courses, e-learning, shadowing and coaching.',
        period: 'The last 12 months'
      },
      denominator: { counts: 'Workers employed on the day you count.', period: 'On the day you count' },
      unit: 'hours per worker',
      higherIsBetter: true,
      dataSource: 'Your own training records; the ASC-WDS holds training records but no national hours figure was found.',
      benchmarks: [],
      benchmarkNote: 'No national benchmark was found. Track your own trend and the share of hours in paid time.'
    },
    {
      id: 'agency-bank-share',
      name: 'Agency and bank workers',
      pillarIds: ['leadership', 'wellbeing'],
      definition: 'Workers on agency or bank (pool) contracts as a percentage of all workers, direct and indirect.',
      formula: 'percentage',
      numerator: { counts: 'Workers on agency or bank (pool) contracts.', period: 'On the day you count' },
      denominator: { counts: 'All workers: directly employed, agency and bank (pool).', period: 'On the day you count' },
      unit: '%',
      higherIsBetter: false,
      dataSource: 'ASC-WDS worker field: contract type.',
      benchmarks: [
        {
          kind: 'national',
          value: 7.3,
          period: 'September 2022',
          scope: 'Agency staff in care homes for older adults, England',
          source: 'Nuffield Trust, The increased use of agency staff in older adult care homes, as reported in Care England, Unfair to Care 2024',
          publisher: 'Nuffield Trust',
          publishedOn: '2022-12',
          note: 'Older figure: the latest national figure found. It counts agency staff only (not bank workers) as a share of all staff including agency, in care homes for older adults: about 34,700 agency staff, up from about 17,400 (3.7%) in April 2021.'
        }
      ],
      benchmarkNote:
        'The national figure found covers agency staff in care homes for older adults only, and leaves out bank workers, so a home care service or a service with its own bank will not compare directly. One report gave 12% of domiciliary care staff on agency or other indirect contracts, but its year is unclear, so it is not used here.'
    },
    {
      id: 'retention-factors',
      name: 'Care and support workers with all five factors linked to staying',
      pillarIds: ['wellbeing', 'learning'],
      definition:
        'Care and support workers who have all five factors that Skills for Care found are linked to lower turnover, as a percentage of all care and support workers. Each part is also worth tracking on its own.',
      formula: 'percentage',
      numerator: { counts: 'Care and support workers who have all five parts below.', period: 'On the day you count' },
      denominator: { counts: 'All directly employed care and support workers.', period: 'On the day you count' },
      unit: '%',
      higherIsBetter: true,
      dataSource: 'ASC-WDS worker fields: pay, contract type, zero-hours, contracted hours, training and qualifications.',
      parts: [
        {
          id: 'retention-factors.pay',
          name: 'Paid above the minimum wage',
          definition: 'Hourly pay above the legal minimum wage for the worker\'s age.'
        },
        {
          id: 'retention-factors.not-zero-hours',
          name: 'Not on a zero-hours contract',
          definition: 'The worker has guaranteed hours.',
          measureId: 'zero-hours-share'
        },
        { id: 'retention-factors.full-time', name: 'Works full-time hours', definition: 'The worker is contracted to work full time.' },
        {
          id: 'retention-factors.training',
          name: 'Has access to training',
          definition: 'The worker has received training in the last 12 months.',
          measureId: 'training-hours-per-worker'
        },
        {
          id: 'retention-factors.qualification',
          name: 'Holds a relevant qualification',
          definition: 'The worker holds a relevant adult social care qualification.',
          measureId: 'relevant-qualification-level-2'
        }
      ],
      benchmarks: [],
      benchmarkNote:
        'No national benchmark is published for the share of workers with all five factors. The evidence is about turnover: in 2022/23 turnover was 48.7% for care workers with none of the five and 20.6% for those with all five, and in 2024/25 workers with none were about three times as likely to leave.',
      note: 'We chose one composite measure with five parts so that the factors are always seen together.'
    }
  ],
  actions: [
    {
      id: 'act.culture.supervision-schedule',
      title: 'Set and protect a supervision schedule',
      description:
        'Agree how often each worker has one-to-one supervision, book the sessions ahead, and count how many happen on time each month. Treat a cancelled session as something to rebook within two weeks.',
      statementIds: ['culture.l03', 'culture.s02'],
      measureIds: ['supervision-on-schedule'],
      resourceIds: ['res.sfc-effective-supervision']
    },
    {
      id: 'act.culture.shared-agenda',
      title: 'Use a shared supervision agenda',
      description:
        'Give each worker a simple agenda to fill in before supervision, with space for practice, learning, wellbeing and one of the values. Keep the record where both people can see it.',
      statementIds: ['culture.l04', 'culture.l02', 'culture.s02']
    },
    {
      id: 'act.culture.learning-reviews',
      title: 'Hold short learning reviews after mistakes',
      description:
        'After a mistake or near miss, hold a short review with the people involved that asks what happened and what would help, not who is to blame. Share one lesson with the wider team.',
      statementIds: ['culture.l05', 'culture.s03'],
      resourceIds: ['res.sfc-culture-for-care']
    },
    {
      id: 'act.culture.speak-up-route',
      title: 'Make speaking up safe and visible',
      description:
        'Name someone outside the line management chain whom staff can go to with concerns, tell every worker how to reach them, and report back to staff on what changed after concerns were raised.',
      statementIds: ['culture.l06', 'culture.s04']
    },
    {
      id: 'act.leadership.visits',
      title: 'Plan leader time on every shift',
      description:
        'Put regular visits by senior leaders on the rota, covering nights, weekends and every service, and ask staff afterwards whether the visits were useful.',
      statementIds: ['leadership.l01', 'leadership.s01']
    },
    {
      id: 'act.leadership.equality-review',
      title: 'Review fairness data once a year',
      description:
        'Compare recruitment, promotion, training and disciplinary action across groups of staff, including staff recruited from overseas. Agree actions where there are gaps, and tell staff what you found.',
      statementIds: ['leadership.l03', 'leadership.l04', 'leadership.s02', 'leadership.s05'],
      resourceIds: ['res.sfc-moving-up']
    },
    {
      id: 'act.leadership.champions',
      title: 'Name champions and give them time',
      description:
        'Ask staff to lead on topics they care about, such as dementia, medicines or digital tools. Give each champion protected time and a way to share what they do.',
      statementIds: ['leadership.l02', 'leadership.s03']
    },
    {
      id: 'act.learning.plans',
      title: 'Agree a learning plan with every worker',
      description:
        'Use supervision to agree what each worker wants and needs to learn this year, including a qualification where it fits, and review progress at each session.',
      statementIds: ['learning.l02', 'learning.l04', 'learning.s04'],
      measureIds: ['relevant-qualification-level-2']
    },
    {
      id: 'act.learning.paid-time',
      title: 'Move learning into paid time',
      description:
        'Count how many learning hours happen in paid and unpaid time, and set a date by which required learning is always paid. Use training funding to cover the cost.',
      statementIds: ['learning.l03', 'learning.s03'],
      measureIds: ['training-hours-per-worker'],
      resourceIds: ['res.dhsc-ldss']
    },
    {
      id: 'act.learning.induction',
      title: 'Check every induction against the Care Certificate',
      description:
        'Make sure every new care worker without a relevant qualification works through the Care Certificate standards, with a named person supporting them until they are signed off.',
      statementIds: ['learning.l01', 'learning.s01'],
      measureIds: ['care-certificate'],
      resourceIds: ['res.cqc-care-certificate']
    },
    {
      id: 'act.wellbeing.ask-staff',
      title: 'Ask staff what would help, then act',
      description:
        'Run a short, anonymous survey asking what would most improve wellbeing at work. Pick the top two or three items, act on them, and report back within three months.',
      statementIds: ['wellbeing.l01', 'wellbeing.s05'],
      resourceIds: ['res.sfc-positive-place']
    },
    {
      id: 'act.wellbeing.rota-check',
      title: 'Check rotas for rest and breaks',
      description:
        'Each month, look for long runs of shifts, short gaps between shifts and missed breaks. Compare the pattern with incidents and mistakes, and change rotas where needed.',
      statementIds: ['wellbeing.l03', 'wellbeing.s01', 'wellbeing.s03']
    },
    {
      id: 'act.wellbeing.terms-review',
      title: 'Review terms against the five factors linked to staying',
      description:
        'Check how many care and support workers have each of the five factors linked to staying, and consider changes such as guaranteed hours or enhanced sick pay.',
      statementIds: ['wellbeing.l06', 'wellbeing.s04'],
      measureIds: ['retention-factors', 'zero-hours-share']
    },
    {
      id: 'act.digital.buddies',
      title: 'Set up digital buddies',
      description:
        'Pair staff who are confident with digital tools with those who are not, and give them time together during shifts. Check confidence again after three months.',
      statementIds: ['digital.l02', 'digital.s02'],
      resourceIds: ['res.sfc-digital-strategy']
    },
    {
      id: 'act.digital.data-review',
      title: 'Review workforce data every quarter',
      description:
        'Bring turnover, vacancies, sickness and training figures together every quarter, keep your ASC-WDS records up to date, and agree one action from what the figures show.',
      statementIds: ['digital.l04', 'learning.l07'],
      measureIds: ['turnover-rate', 'vacancy-rate', 'sickness-days-per-worker'],
      resourceIds: ['res.sfc-asc-wds']
    }
  ],
  resources: [
    {
      id: 'res.sfc-wpq-model',
      title: 'Workforce productivity and quality model',
      publisher: SFC,
      url: 'https://www.skillsforcare.org.uk/Leadership-management/managing-people/Productivity/Workforce-productivity-and-quality-model.aspx',
      description: 'The Skills for Care page about the model, with its self-assessment tool, templates and video.'
    },
    {
      id: 'res.sfc-wpq-quality',
      title: 'Workforce productivity and quality',
      publisher: SFC,
      url: 'https://www.skillsforcare.org.uk/Leadership-management/commissioning-and-planning-workforce/Quality-of-Care/Workforce-productivity-and-quality.aspx',
      description: 'A Skills for Care page on the model for commissioners and quality leads.'
    },
    {
      id: 'res.sfc-rapid-evidence',
      title: 'Rapid evidence assessment: adult social care and factors associated with productivity and work performance',
      publisher: SFC,
      year: '2017',
      description: 'The research behind the model.'
    },
    {
      id: 'res.sfc-effective-supervision',
      title: 'Effective supervision in adult social care',
      publisher: SFC,
      year: '2015',
      description: 'A guide to planning and running supervision.'
    },
    {
      id: 'res.sfc-culture-for-care',
      title: 'Culture for Care toolkit',
      publisher: SFC,
      description: 'Exercises for managers and teams to look at and talk about workplace culture.'
    },
    {
      id: 'res.sfc-positive-place',
      title: 'Creating a positive place to work',
      publisher: SFC,
      description: 'Tips on keeping staff, from the Skills for Care retention pages.'
    },
    {
      id: 'res.sfc-finding-keeping',
      title: 'Finding and keeping workers',
      publisher: SFC,
      description: 'Recruitment and retention guides, templates and case studies, including values-based recruitment.'
    },
    {
      id: 'res.sfc-moving-up',
      title: 'Moving Up',
      publisher: SFC,
      description: 'A development programme for Black and Asian managers and aspiring managers.'
    },
    {
      id: 'res.sfc-rm-networks',
      title: 'Registered manager networks',
      publisher: SFC,
      description: 'Local peer networks for registered managers.'
    },
    {
      id: 'res.sfc-inspection-toolkit',
      title: 'GO Online: Inspection toolkit',
      publisher: SFC,
      description: 'Short films, recommendations and resources for each CQC quality statement.'
    },
    {
      id: 'res.sfc-asc-wds',
      title: 'Adult Social Care Workforce Data Set (ASC-WDS)',
      publisher: SFC,
      description: 'The workforce data service run by Skills for Care for the Department of Health and Social Care. Complete records are needed to claim training funding.'
    },
    {
      id: 'res.sfc-workforce-strategy',
      title: 'Workforce Strategy for adult social care',
      publisher: SFC,
      year: '2024-07',
      description: 'The sector-wide 15-year workforce strategy.'
    },
    {
      id: 'res.sfc-digital-strategy',
      title: 'Digital working, learning and information sharing strategy',
      publisher: SFC,
      description: 'Principles for digital confidence and secure information sharing (covering 2016 to 2020).'
    },
    {
      id: 'res.dhsc-ldss',
      title: 'Learning and Development Support Scheme',
      publisher: 'Department of Health and Social Care (run by the NHS Business Services Authority)',
      description: 'Training funding for adult social care employers, which replaced the Workforce Development Fund.'
    },
    {
      id: 'res.cqc-care-certificate',
      title: 'Our position on the Care Certificate',
      publisher: 'Care Quality Commission',
      url: 'https://www.cqc.org.uk/guidance-providers/our-position-care-certificate',
      description: 'How CQC looks at the Care Certificate as the benchmark for induction.'
    },
    {
      id: 'res.cqc-shared-direction',
      title: 'Shared direction and culture',
      publisher: 'Care Quality Commission',
      url: 'https://www.cqc.org.uk/guidance-regulation/providers/assessment/single-assessment-framework/well-led/shared-direction-culture',
      description: 'The Well-led quality statement on vision, strategy and culture.'
    },
    {
      id: 'res.cqc-learning-improvement',
      title: 'Learning, improvement and innovation',
      publisher: 'Care Quality Commission',
      url: 'https://www.cqc.org.uk/guidance-regulation/providers/assessment/single-assessment-framework/well-led/learning-improvement-innovation',
      description: 'The Well-led quality statement on learning and improvement.'
    },
    {
      id: 'res.cqc-safe-staffing',
      title: 'Safe and effective staffing',
      publisher: 'Care Quality Commission',
      url: 'https://www.cqc.org.uk/guidance-regulation/providers/assessment/single-assessment-framework/safe/safe-effective-staffing',
      description: 'The Safe quality statement covering staffing, training, supervision and appraisal.'
    }
  ],
  cqc: {
    note:
      'Quality statements of the CQC single assessment framework and the 2017 Well-led key lines of enquiry for adult social care. Summaries are in our own words. The links from statements to this catalogue are our proposal, not an official mapping.',
    qualityStatements: [
      {
        id: SHARED_DIRECTION,
        keyQuestion: 'well-led',
        title: 'Shared direction and culture',
        titleIsParaphrase: false,
        summary: 'A shared vision, strategy and culture built on openness, equality, inclusion and an understanding of local needs.'
      },
      {
        id: CAPABLE_LEADERS,
        keyQuestion: 'well-led',
        title: 'Capable, compassionate and inclusive leaders',
        titleIsParaphrase: false,
        summary: 'Leaders have the skills, knowledge, experience and credibility to support and empower others.'
      },
      {
        id: SPEAK_UP,
        keyQuestion: 'well-led',
        title: 'Freedom to speak up',
        titleIsParaphrase: false,
        summary: 'A positive culture in which people feel able to raise concerns and know they will be heard.'
      },
      {
        id: WORKFORCE_EDI,
        keyQuestion: 'well-led',
        title: 'Workforce equality, diversity and inclusion',
        titleIsParaphrase: true,
        summary: 'Fair treatment and inclusion of every member of the workforce.'
      },
      {
        id: GOVERNANCE,
        keyQuestion: 'well-led',
        title: 'Governance, management and sustainability',
        titleIsParaphrase: false,
        summary: 'Clear responsibilities, good use of information and sound management of risk and performance.'
      },
      {
        id: PARTNERSHIPS,
        keyQuestion: 'well-led',
        title: 'Partnerships and communities',
        titleIsParaphrase: true,
        summary: 'Working with partner organisations and local communities.'
      },
      {
        id: LEARNING_IMPROVEMENT,
        keyQuestion: 'well-led',
        title: 'Learning, improvement and innovation',
        titleIsParaphrase: false,
        summary: 'Continuous learning, improvement and innovation, with staff who know how to make change happen and measure its effect.'
      },
      {
        id: ENVIRONMENTAL,
        keyQuestion: 'well-led',
        title: 'Environmental sustainability - sustainable development',
        titleIsParaphrase: false,
        summary: 'Understanding and reducing the environmental impact of the service.'
      },
      {
        id: SAFE_STAFFING,
        keyQuestion: 'safe',
        title: 'Safe and effective staffing',
        titleIsParaphrase: false,
        summary:
          'Enough qualified, skilled and experienced staff who receive effective support, supervision, training and development, recruited safely and fairly.'
      },
      {
        id: LEARNING_CULTURE,
        keyQuestion: 'safe',
        title: 'Learning culture',
        titleIsParaphrase: false,
        summary: 'Safety concerns are raised openly and used to learn and improve.'
      },
      {
        id: WORKFORCE_WELLBEING,
        keyQuestion: 'caring',
        title: 'Workforce wellbeing and enablement',
        titleIsParaphrase: false,
        summary: 'The provider cares about staff wellbeing, including breaks and rest, and enables staff to give person-centred care.'
      },
      {
        id: KINDNESS,
        keyQuestion: 'caring',
        title: 'Kindness, compassion and dignity',
        titleIsParaphrase: false,
        summary: 'People are treated with kindness, compassion and dignity.'
      }
    ],
    kloes: [
      {
        id: W1,
        keyQuestion: 'well-led',
        code: 'W1',
        summary: 'A clear vision and credible strategy, and a positive culture that is person-centred, open, inclusive and empowering.',
        framework: 'CQC adult social care key lines of enquiry (2017)'
      },
      {
        id: W2,
        keyQuestion: 'well-led',
        code: 'W2',
        summary: 'Clear responsibilities, with quality, risks and regulatory requirements understood and managed.',
        framework: 'CQC adult social care key lines of enquiry (2017)'
      },
      {
        id: W3,
        keyQuestion: 'well-led',
        code: 'W3',
        summary: 'How people who use the service, the public and staff are engaged and involved.',
        framework: 'CQC adult social care key lines of enquiry (2017)'
      },
      {
        id: W4,
        keyQuestion: 'well-led',
        code: 'W4',
        summary: 'How the service keeps learning, improving, innovating and making sure it is sustainable.',
        framework: 'CQC adult social care key lines of enquiry (2017)'
      },
      {
        id: W5,
        keyQuestion: 'well-led',
        code: 'W5',
        summary: 'How the service works in partnership with other agencies.',
        framework: 'CQC adult social care key lines of enquiry (2017)'
      }
    ]
  },
  migrations: []
};
