/** Status: the traffic-light matrix of an agreement with its history, at /status. */
export { StatusScreen } from './components/status-screen';
